package org.legalaid.lawyers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.legalaid.shared.Actor;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pool as the assignment module sees it. {@link #candidates} lists every provider serving a case's region (all
 * but removed ones), each with the reasons it cannot take the case, so the choice can be explained; {@link #assigned}
 * and {@link #released} keep the workload counters. Callers check their own roles; any signed-in actor may call.
 *
 * <p>Candidates are found by region served, not by the actor's unit scope: a provider recruited by a city or
 * province centre serves the counties below it. The lookup reads the region index by the prefixes of the case's
 * code, so it stays fast with hundreds of thousands of providers nationally.
 */
@Service
public class LawyerPool {

	private final ProviderRepository providers;
	private final Providers pool;
	private final Recruitment recruitment;
	private final PoolAccess access;
	private final Clock clock;

	LawyerPool(ProviderRepository providers, Providers pool, Recruitment recruitment, PoolAccess access, Clock clock) {
		this.providers = providers;
		this.pool = pool;
		this.recruitment = recruitment;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Every provider serving the query's region (any status but REMOVED), eligible ones first, then by fewest open
	 * cases and the longest since their last assignment. Each candidate names every reason it is excluded.
	 */
	@Transactional(readOnly = true)
	public List<Candidate> candidates(CandidateQuery q) {
		access.anyone();
		String region = q.regionCode() == null ? "" : q.regionCode().strip();
		if (!Regions.wellFormed(region)) {
			throw new RuleViolation("regionCode", "lawyers.error.region.format", region);
		}
		String specialty = PlainText.blankToNull(q.specialty());
		if (specialty != null && pool.specialties().stream().noneMatch(s -> s.code().equals(specialty))) {
			throw new RuleViolation("specialty", "lawyers.error.specialty", specialty);
		}
		String language = PlainText.blankToNull(q.language());
		if ("zh".equalsIgnoreCase(language)) {
			language = null;
		}
		LocalDate day = q.onDate() == null ? LocalDate.now(clock) : q.onDate();
		List<String> prefixes = Regions.prefixesOf(region);
		List<ProviderRepository.Row> rows = providers.serving(prefixes);
		Map<Long, Set<String>> specialties = providers.codesServing("lawyers_provider_specialty", prefixes);
		Map<Long, Set<String>> languages = providers.codesServing("lawyers_provider_language", prefixes);
		Map<Long, List<DisciplinaryRecord>> discipline = providers.disciplineServing(prefixes);
		Map<String, RecruitmentCriteria> criteria = new HashMap<>();
		var chooser = recruitment.chooser();
		List<Candidate> candidates = new ArrayList<>(rows.size());
		for (ProviderRepository.Row r : rows) {
			RecruitmentCriteria c = criteria.computeIfAbsent(r.regionCode(), chooser);
			candidates.add(candidate(r, q, specialty, language, day, c, specialties.getOrDefault(r.id(), Set.of()),
					languages.getOrDefault(r.id(), Set.of()), discipline.getOrDefault(r.id(), List.of())));
		}
		candidates.sort(Comparator.comparing((Candidate c) -> !c.eligible())
			.thenComparingInt(Candidate::openCases)
			.thenComparing(Candidate::lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparingLong(c -> c.providerId().value()));
		return candidates;
	}

	private static Candidate candidate(ProviderRepository.Row r, CandidateQuery q, String specialty, String language, LocalDate day,
			RecruitmentCriteria criteria, Set<String> specialties, Set<String> languages, List<DisciplinaryRecord> discipline) {
		List<Exclusion> out = new ArrayList<>();
		ProviderStatus status = Provider.expiredOn(r.status(), r.validUntil(), day) ? ProviderStatus.EXPIRED : r.status();
		if (status == ProviderStatus.EXPIRED) {
			out.add(Exclusion.of(ExclusionReason.MEMBERSHIP_EXPIRED, String.valueOf(r.validUntil())));
		}
		else if (status != ProviderStatus.ACTIVE) {
			out.add(Exclusion.of(ExclusionReason.NOT_ACTIVE, status.name()));
		}
		Optional<DisciplinaryRecord> sanction = discipline.stream().filter(d -> d.inForceOn(day)).findFirst();
		sanction.ifPresent(d -> out.add(Exclusion.of(ExclusionReason.SANCTION_IN_FORCE, d.sanction(), d.untilOn().toString())));
		if (q.lawyersOnly() && !r.kind().isLawyer()) {
			out.add(Exclusion.of(ExclusionReason.NOT_A_LAWYER, r.kind().name()));
		}
		int years = Provider.yearsSince(r.firstPracticeDate(), day);
		int criminalYears = Provider.yearsSince(r.criminalDefenceSince(), day);
		if (q.minCriminalYears() != null && criminalYears < q.minCriminalYears()) {
			out.add(Exclusion.of(ExclusionReason.EXPERIENCE_SHORT, q.minCriminalYears(), criminalYears));
		}
		if (specialty != null && !specialties.contains(specialty)) {
			out.add(Exclusion.of(ExclusionReason.NO_SPECIALTY, specialty));
		}
		if (language != null && languages.stream().noneMatch(language::equalsIgnoreCase)) {
			out.add(Exclusion.of(ExclusionReason.NO_LANGUAGE, language));
		}
		boolean dutyQualified = r.dutyLawyer() && r.kind().isLawyer() && years >= criteria.dutyMinYears();
		if (q.dutyLawyer() && !dutyQualified) {
			out.add(Exclusion.of(ExclusionReason.NOT_DUTY_LAWYER, criteria.dutyMinYears(), years));
		}
		int cap = r.ownMaxOpenCases() != null ? r.ownMaxOpenCases() : criteria.maxOpenCases();
		if (r.openCases() >= cap) {
			out.add(Exclusion.of(ExclusionReason.AT_CAPACITY, r.openCases(), cap));
		}
		boolean dutyEligible = dutyQualified && status == ProviderStatus.ACTIVE && sanction.isEmpty();
		return new Candidate(new ProviderId(r.id()), r.name(), r.kind(), new OrganisationId(r.organisationId()), r.organisationName(),
				r.idNumberKey(), status, r.validUntil(), years, criminalYears, specialties, languages, r.openCases(), cap,
				r.lastAssignedAt(), dutyEligible, out);
	}

	/**
	 * Counts a new assignment: one more open case and the time of the last assignment, in one atomic UPDATE (no lost
	 * update under concurrent assignments). Does not refuse over the cap: the caller decides, the cap shows in
	 * {@link #candidates}. Returns the open cases now.
	 */
	@Transactional
	public int assigned(ProviderId id, OffsetDateTime at) {
		access.anyone();
		if (!providers.assigned(id.value(), at == null ? OffsetDateTime.now(clock) : at)) {
			throw new RecordNotFound(Providers.RECORD, id.value());
		}
		return providers.openCases(id.value());
	}

	/** Counts a case ended or withdrawn: one open case fewer, never below zero. Returns the open cases now. */
	@Transactional
	public int released(ProviderId id) {
		access.anyone();
		if (!providers.released(id.value()) && providers.byId(id.value()).isEmpty()) {
			throw new RecordNotFound(Providers.RECORD, id.value());
		}
		return providers.openCases(id.value());
	}

	/** One provider as the actor may read it (see {@link Providers#get}); out of reach is not found. */
	@Transactional(readOnly = true)
	public Provider provider(ProviderId id) {
		Actor actor = access.anyone();
		return pool.provider(providers.readable(id.value(), actor, access.regionsOf(actor))
			.orElseThrow(() -> new RecordNotFound(Providers.RECORD, id.value())));
	}

	/** The provider linked to a staff account (e.g. the signed-in lawyer's own record), if any. */
	@Transactional(readOnly = true)
	public Optional<Provider> byAccount(String username) {
		access.anyone();
		return username == null ? Optional.empty() : providers.byAccount(username.strip()).map(pool::provider);
	}
}
