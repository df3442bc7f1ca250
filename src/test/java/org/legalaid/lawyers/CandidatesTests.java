package org.legalaid.lawyers;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalaid.China;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The candidates the assignment module chooses from: region matching, every exclusion reason, the workload counters. */
@SpringBootTest
class CandidatesTests {

	@Autowired Organisations organisations;
	@Autowired Providers providers;
	@Autowired LawyerPool pool;
	@Autowired UserDetailsService users;

	PoolFixtures fx;
	Organisation firm;
	LocalDate today = China.today();

	@BeforeEach
	void setUp() {
		fx = new PoolFixtures(users, organisations, providers);
		firm = fx.firm("director.chengguan", OrganisationKind.LAW_FIRM);
	}

	List<Candidate> candidates(CandidateQuery q) {
		return fx.as("director.chengguan", () -> pool.candidates(q));
	}

	Candidate candidate(CandidateQuery q, ProviderId id) {
		return candidates(q).stream().filter(c -> c.providerId().equals(id)).findFirst().orElse(null);
	}

	List<ExclusionReason> reasons(CandidateQuery q, ProviderId id) {
		return candidate(q, id).exclusions().stream().map(Exclusion::reason).toList();
	}

	@Test
	void aProviderServesEveryPlaceWithinTheirRegionsAndNoOther() {
		ProviderId city = fx.admitted("director.chengguan", PoolFixtures.lawyer(firm, 5, null, Set.of(), Set.of("620100")));
		ProviderId township = fx.admitted("director.chengguan", PoolFixtures.lawyer(firm, 5, null, Set.of(), Set.of("620102001")));
		ProviderId qilihe = fx.admitted("director.chengguan", PoolFixtures.lawyer(firm, 5, null, Set.of(), Set.of("620103")));

		assertThat(ids(CandidateQuery.forRegion("620102", today))).contains(city).doesNotContain(township, qilihe);
		assertThat(ids(CandidateQuery.forRegion("620102001", today))).contains(city, township).doesNotContain(qilihe);
		assertThat(ids(CandidateQuery.forRegion("620102001001", today))).contains(city, township).doesNotContain(qilihe);
		assertThat(ids(CandidateQuery.forRegion("620103", today))).contains(city, qilihe).doesNotContain(township);
		assertThat(ids(CandidateQuery.forRegion("620201", today))).doesNotContain(city, township, qilihe);
		assertThatThrownBy(() -> candidates(CandidateQuery.forRegion("62010", today)))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("lawyers.error.region.format");
		assertThat(Regions.prefixesOf("620102")).containsExactly("", "62", "6201", "620102");
		assertThat(Regions.prefixesOf("620100")).containsExactly("", "62", "6201");
		assertThat(Regions.prefixesOf("620102001001")).containsExactly("", "62", "6201", "620102", "620102001", "620102001001");
	}

	private List<ProviderId> ids(CandidateQuery q) {
		return candidates(q).stream().map(Candidate::providerId).toList();
	}

	@Test
	void anEligibleCandidateCarriesWhatTheAssignmentNeeds() {
		ProviderDraft draft = PoolFixtures.lawyer(firm, 9, 6, Set.of("CRIMINAL", "JUVENILE"), Set.of("620102"));
		ProviderId id = fx.admitted("director.chengguan", draft);
		Candidate c = candidate(CandidateQuery.forRegion("620102", today).withSpecialty("JUVENILE").withLawyersOnly().withMinCriminalYears(3),
				id);

		assertThat(c.eligible()).isTrue();
		assertThat(c.yearsOfPractice()).isEqualTo(9);
		assertThat(c.criminalYears()).isEqualTo(6);
		assertThat(c.organisationId()).isEqualTo(firm.id());
		assertThat(c.organisationName()).isEqualTo(firm.name());
		assertThat(c.idNumberKey()).hasSize(64).isEqualTo(fx.as("director.chengguan", () -> providers.get(id)).idNumberKey());
		assertThat(c.maxOpenCases()).isEqualTo(10);
		assertThat(c.status()).isEqualTo(ProviderStatus.ACTIVE);
	}

	@Test
	void aDutyLawyerNeedsTheFlagALawyersLicenceAndTheRegionsYears() {
		ProviderDraft d = PoolFixtures.lawyer(firm, 3, null, Set.of(), Set.of("620102"));
		ProviderId duty = fx.admitted("director.chengguan", new ProviderDraft(null, d.kind(), d.name(), d.idNumber(), null, d.licenceNumber(),
				d.firstPracticeDate(), null, d.organisationId(), Set.of(), d.regions(), Set.of(), true, null, null));
		ProviderId notOnList = fx.admitted("director.chengguan", PoolFixtures.lawyer(firm, 3, null, Set.of(), Set.of("620102")));
		CandidateQuery q = CandidateQuery.forRegion("620102", today).withDutyLawyer();

		assertThat(candidate(q, duty).eligible()).isTrue();
		assertThat(candidate(q, duty).dutyLawyerEligible()).isTrue();
		assertThat(fx.as("director.chengguan", () -> providers.get(duty)).dutyLawyerEligibleOn(today, 1)).isTrue();
		assertThat(fx.as("director.chengguan", () -> providers.get(duty)).dutyLawyerEligibleOn(today, 4)).isFalse();
		assertThat(reasons(q, notOnList)).containsExactly(ExclusionReason.NOT_DUTY_LAWYER);
		Organisation office = fx.firm("director.chengguan", OrganisationKind.GRASSROOTS_OFFICE);
		ProviderDraft g = PoolFixtures.lawyer(office, 6, null, Set.of(), Set.of("620102"));
		assertThatThrownBy(() -> fx.register("director.chengguan", new ProviderDraft(null, ProviderKind.GRASSROOTS_WORKER, g.name(),
				g.idNumber(), null, g.licenceNumber(), g.firstPracticeDate(), null, office.id().value(), Set.of(), g.regions(), Set.of(), true,
				null, null)))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("lawyers.error.duty.kind");
	}

	@Test
	void statusExpirySanctionsAndKindAreReasonsToExclude() {
		ProviderId applied = fx.register("director.chengguan", PoolFixtures.lawyer(firm, 5, null, Set.of(), Set.of("620102")));
		assertThat(reasons(CandidateQuery.forRegion("620102", today), applied)).containsExactly(ExclusionReason.NOT_ACTIVE);
		assertThat(candidate(CandidateQuery.forRegion("620102", today), applied).exclusions().get(0).args()).containsExactly("APPLIED");

		ProviderId active = fx.admitted("director.chengguan", PoolFixtures.lawyer(firm, 5, null, Set.of(), Set.of("620102")));
		LocalDate after = fx.as("director.chengguan", () -> providers.get(active)).validUntil().plusDays(1);
		assertThat(reasons(CandidateQuery.forRegion("620102", after), active)).containsExactly(ExclusionReason.MEMBERSHIP_EXPIRED);

		ProviderId sanctioned = fx.admitted("director.chengguan", PoolFixtures.lawyer(firm, 5, null, Set.of(), Set.of("620102")));
		fx.as("director.chengguan", () -> providers.addDiscipline(sanctioned,
				new DisciplineDraft(today, "兰州市司法局", "停止执业一个月", today.plusMonths(1))));
		assertThat(reasons(CandidateQuery.forRegion("620102", today), sanctioned)).containsExactly(ExclusionReason.SANCTION_IN_FORCE);
		assertThat(candidate(CandidateQuery.forRegion("620102", today), sanctioned).dutyLawyerEligible()).isFalse();

		Organisation office = fx.firm("director.chengguan", OrganisationKind.GRASSROOTS_OFFICE);
		ProviderDraft grassroots = PoolFixtures.lawyer(office, 6, null, Set.of("LABOUR"), Set.of("620102"));
		ProviderId worker = fx.admitted("director.chengguan", new ProviderDraft(null, ProviderKind.GRASSROOTS_WORKER, grassroots.name(),
				grassroots.idNumber(), null, grassroots.licenceNumber(), grassroots.firstPracticeDate(), null, office.id().value(),
				grassroots.specialties(), grassroots.regions(), Set.of(), false, null, null));
		assertThat(reasons(CandidateQuery.forRegion("620102", today), worker)).isEmpty();
		assertThat(reasons(CandidateQuery.forRegion("620102", today).withLawyersOnly(), worker))
			.containsExactly(ExclusionReason.NOT_A_LAWYER);
	}

	@Test
	void specialtyLanguageAndExperienceAreReasonsToExclude() {
		ProviderDraft draft = PoolFixtures.lawyer(firm, 6, 2, Set.of("CRIMINAL"), Set.of("620102"));
		ProviderId id = fx.admitted("director.chengguan", new ProviderDraft(null, draft.kind(), draft.name(), draft.idNumber(), null,
				draft.licenceNumber(), draft.firstPracticeDate(), draft.criminalDefenceSince(), draft.organisationId(), draft.specialties(),
				draft.regions(), Set.of("ug", "zh"), false, null, null));
		CandidateQuery base = CandidateQuery.forRegion("620102", today);

		assertThat(reasons(base.withSpecialty("CRIMINAL").withLanguage("ug"), id)).isEmpty();
		assertThat(reasons(base.withLanguage("zh"), id)).isEmpty();
		assertThat(reasons(base.withSpecialty("JUVENILE"), id)).containsExactly(ExclusionReason.NO_SPECIALTY);
		assertThat(reasons(base.withLanguage("csl"), id)).containsExactly(ExclusionReason.NO_LANGUAGE);
		assertThat(reasons(base.withMinCriminalYears(3), id)).containsExactly(ExclusionReason.EXPERIENCE_SHORT);
		assertThat(candidate(base.withMinCriminalYears(3), id).exclusions().get(0).args()).containsExactly(3, 2);
		assertThat(reasons(base.withSpecialty("JUVENILE").withLanguage("bo").withMinCriminalYears(3), id))
			.containsExactlyInAnyOrder(ExclusionReason.NO_SPECIALTY, ExclusionReason.NO_LANGUAGE, ExclusionReason.EXPERIENCE_SHORT);
		assertThat(reasons(base.withDutyLawyer(), id)).containsExactly(ExclusionReason.NOT_DUTY_LAWYER);
		assertThatThrownBy(() -> candidates(base.withSpecialty("ASTROLOGY"))).isInstanceOf(RuleViolation.class);
	}

	@Test
	void theWorkloadCapExcludesAndTheCountersNeverGoBelowZero() {
		ProviderDraft draft = PoolFixtures.lawyer(firm, 6, null, Set.of(), Set.of("620102"));
		ProviderId id = fx.admitted("director.chengguan", new ProviderDraft(null, draft.kind(), draft.name(), draft.idNumber(), null,
				draft.licenceNumber(), draft.firstPracticeDate(), null, draft.organisationId(), Set.of(), draft.regions(), Set.of(), false, 2,
				null));
		OffsetDateTime at = OffsetDateTime.now().minusHours(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

		assertThat(fx.as("director.chengguan", () -> pool.assigned(id, at))).isEqualTo(1);
		assertThat(reasons(CandidateQuery.forRegion("620102", today), id)).isEmpty();
		assertThat(fx.as("director.chengguan", () -> pool.assigned(id, at.plusMinutes(5)))).isEqualTo(2);
		Candidate full = candidate(CandidateQuery.forRegion("620102", today), id);
		assertThat(full.exclusions()).extracting(Exclusion::reason).containsExactly(ExclusionReason.AT_CAPACITY);
		assertThat(full.exclusions().get(0).args()).containsExactly(2, 2);
		assertThat(full.lastAssignedAt().toInstant()).isEqualTo(at.plusMinutes(5).toInstant());

		assertThat(fx.as("director.chengguan", () -> pool.released(id))).isEqualTo(1);
		assertThat(fx.as("director.chengguan", () -> pool.released(id))).isZero();
		assertThat(fx.as("director.chengguan", () -> pool.released(id))).isZero();
		assertThatThrownBy(() -> fx.as("director.chengguan", () -> pool.released(new ProviderId(-5)))).isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> fx.as("director.chengguan", () -> pool.assigned(new ProviderId(-5), at))).isInstanceOf(RecordNotFound.class);
	}

	@Test
	void concurrentAssignmentsAreAllCounted() throws Exception {
		ProviderId id = fx.admitted("director.chengguan", PoolFixtures.lawyer(firm, 6, null, Set.of(), Set.of("620102")));
		Callable<Void> twenty = () -> {
			for (int i = 0; i < 20; i++) {
				fx.as("director.chengguan", () -> pool.assigned(id, OffsetDateTime.now()));
			}
			return null;
		};
		try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
			List<Future<Void>> done = threads.invokeAll(List.of(twenty, twenty));
			for (Future<Void> f : done) {
				f.get();
			}
		}
		assertThat(fx.as("director.chengguan", () -> providers.get(id)).openCases()).isEqualTo(40);
		Callable<Void> release = () -> {
			for (int i = 0; i < 25; i++) {
				fx.as("director.chengguan", () -> pool.released(id));
			}
			return null;
		};
		try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
			for (Future<Void> f : threads.invokeAll(List.of(release, release))) {
				f.get();
			}
		}
		assertThat(fx.as("director.chengguan", () -> providers.get(id)).openCases()).isZero();
	}

	@Test
	void eligibleCandidatesComeFirstThenTheLeastLoaded() {
		String township = "620102002";
		ProviderId busy = fx.admitted("director.chengguan", PoolFixtures.lawyer(firm, 6, null, Set.of(), Set.of(township)));
		ProviderId idle = fx.admitted("director.chengguan", PoolFixtures.lawyer(firm, 6, null, Set.of(), Set.of(township)));
		ProviderId applicant = fx.register("director.chengguan", PoolFixtures.lawyer(firm, 6, null, Set.of(), Set.of(township)));
		fx.as("director.chengguan", () -> pool.assigned(busy, OffsetDateTime.now()));
		List<ProviderId> order = candidates(CandidateQuery.forRegion(township, today)).stream().map(Candidate::providerId)
			.filter(p -> p.equals(busy) || p.equals(idle) || p.equals(applicant)).toList();
		assertThat(order).containsExactly(idle, busy, applicant);
	}
}
