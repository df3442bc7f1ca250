package org.legalaid.lawyers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.legalaid.network.Division;
import org.legalaid.network.Divisions;
import org.legalaid.network.ServiceUnit;
import org.legalaid.people.ResidentIdNumber;
import org.legalaid.shared.Actor;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.ConcurrentChange;
import org.legalaid.shared.Page;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.PersonalData;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pool's members: registration (status APPLIED), edits, admission against the region's criteria, yearly renewal,
 * suspension, reinstatement, removal and disciplinary records. Managed within the owning unit's scope by directors and
 * administrators; read also by the units below the owner. The ID number and phone are stored encrypted and shown
 * masked; revealing the ID number is an audited action.
 */
@Service
public class Providers {

	static final String RECORD = "lawyers_provider";
	static final int MAX_REGIONS = 30;

	private final ProviderRepository providers;
	private final Organisations organisations;
	private final Recruitment recruitment;
	private final PoolAccess access;
	private final Divisions divisions;
	private final PersonalData personalData;
	private final UserDetailsService accounts;
	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final Clock clock;

	Providers(ProviderRepository providers, Organisations organisations, Recruitment recruitment, PoolAccess access,
			Divisions divisions, PersonalData personalData, UserDetailsService accounts, JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.providers = providers;
		this.organisations = organisations;
		this.recruitment = recruitment;
		this.access = access;
		this.divisions = divisions;
		this.personalData = personalData;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Registers a provider in the owning unit's pool with status APPLIED; admission is a separate step. */
	@Transactional
	public ProviderId register(ProviderDraft draft) {
		Actor actor = access.manager();
		ServiceUnit unit = access.owningUnit(draft.unitId(), actor);
		Checked c = check(draft, null, actor);
		long id = providers.insert(c.values(), unit.id(), unit.path(), unit.divisionCode(), now());
		providers.replaceSets(id, c.specialties(), c.regions(), c.languages());
		providers.insertEvent(id, now(), actor.username(), "REGISTER", null, ProviderStatus.APPLIED, null, null);
		audit.record(AuditAction.CREATE, RECORD, id, c.values().kind() + " " + c.values().name());
		return new ProviderId(id);
	}

	/** Changes a provider's data (never the status or the workload counters). */
	@Transactional
	public Provider update(ProviderId id, int version, ProviderDraft draft) {
		Actor actor = access.manager();
		ProviderRepository.Row current = managedRow(id, actor);
		Checked c = check(draft, current, actor);
		if (!providers.update(id.value(), version, c.values(), now(), actor)) {
			throw new ConcurrentChange(RECORD, id.value());
		}
		providers.replaceSets(id.value(), c.specialties(), c.regions(), c.languages());
		audit.record(AuditAction.UPDATE, RECORD, id.value(), c.values().name());
		return get(id);
	}

	/** One provider the actor may read, masked; one out of reach is not found. */
	@Transactional(readOnly = true)
	public Provider get(ProviderId id) {
		Actor actor = access.reader();
		return provider(providers.readable(id.value(), actor, access.regionsOf(actor)).orElseThrow(() -> new RecordNotFound(RECORD, id.value())));
	}

	/** Whether the signed-in member manages the pool: adds, edits, admits and imports providers. */
	public boolean canManage() {
		return access.isManager();
	}

	/** Whether the actor may change the provider (it lies in their scope and they manage the pool). */
	@Transactional(readOnly = true)
	public boolean manageable(ProviderId id) {
		Actor actor = access.reader();
		return actor.hasAny(PoolAccess.MANAGERS) && providers.managed(id.value(), actor).isPresent();
	}

	/** The membership history, the latest first. */
	@Transactional(readOnly = true)
	public List<ProviderEvent> history(ProviderId id) {
		get(id);
		return providers.events(id.value());
	}

	/** The full ID number, for a manager: audited. */
	@Transactional
	public String revealIdNumber(ProviderId id) {
		Actor actor = access.manager();
		ProviderRepository.Row row = managedRow(id, actor);
		audit.record(AuditAction.REVEAL_PERSONAL_DATA, RECORD, id.value(), "id number");
		return personalData.decrypt(row.idNumberEnc());
	}

	/** The providers the actor may read, filtered, sorted and paged, with status and years on today. */
	@Transactional(readOnly = true)
	public Page<ProviderSummary> search(ProviderFilter filter, ProviderSort sort, PageRequest page) {
		Actor actor = access.reader();
		LocalDate today = today();
		Page<ProviderRepository.Row> rows = providers.search(filter == null ? ProviderFilter.any() : filter,
				sort == null ? ProviderSort.NAME : sort, page, actor, access.regionsOf(actor), today);
		Map<Long, Set<String>> specialties = providers.specialtiesOf(rows.items().stream().map(ProviderRepository.Row::id).toList());
		return rows.map(r -> new ProviderSummary(new ProviderId(r.id()), r.kind(), r.name(), r.licenceNumber(), r.organisationName(),
				Provider.expiredOn(r.status(), r.validUntil(), today) ? ProviderStatus.EXPIRED : r.status(), r.validUntil(),
				Provider.yearsSince(r.firstPracticeDate(), today), specialties.getOrDefault(r.id(), Set.of()), r.openCases(),
				r.dutyLawyer()));
	}

	/**
	 * Admits an applicant (APPLIED → ACTIVE) when they meet the criteria of the pool's region on today; the membership
	 * then runs for the region's renewal period. Refused with every failed criterion named.
	 */
	@Transactional
	public Provider admit(ProviderId id, int version) {
		Actor actor = access.manager();
		Provider p = provider(managedRow(id, actor));
		requireStatus(p, ProviderStatus.APPLIED);
		LocalDate today = today();
		RecruitmentCriteria criteria = recruitment.criteriaFor(p.regionCode());
		List<UnmetCriterion> unmet = Recruitment.check(p, criteria, today);
		if (!unmet.isEmpty()) {
			throw new AdmissionRefused(unmet);
		}
		LocalDate until = today.plusMonths(criteria.renewalMonths()).minusDays(1);
		move(p, version, ProviderStatus.ACTIVE, until, "ADMIT", null, actor);
		return get(id);
	}

	/**
	 * Renews an ACTIVE membership (also one past its day) after checking the criteria again: it runs the region's
	 * renewal period from the current valid-until day, or from today when that has passed.
	 */
	@Transactional
	public Provider renew(ProviderId id, int version) {
		Actor actor = access.manager();
		Provider p = provider(managedRow(id, actor));
		if (p.status() != ProviderStatus.ACTIVE && p.status() != ProviderStatus.EXPIRED) {
			throw new RuleViolation("status", "lawyers.error.transition", p.status().name(), "RENEW");
		}
		LocalDate today = today();
		RecruitmentCriteria criteria = recruitment.criteriaFor(p.regionCode());
		List<UnmetCriterion> unmet = Recruitment.check(p, criteria, today);
		if (!unmet.isEmpty()) {
			throw new AdmissionRefused(unmet);
		}
		LocalDate from = p.validUntil() == null || p.validUntil().isBefore(today) ? today.minusDays(1) : p.validUntil();
		move(p, version, ProviderStatus.ACTIVE, from.plusMonths(criteria.renewalMonths()), "RENEW", null, actor);
		return get(id);
	}

	/** Suspends an active member (e.g. during a disciplinary procedure); a reason is needed. */
	@Transactional
	public Provider suspend(ProviderId id, int version, String reason) {
		Actor actor = access.manager();
		Provider p = provider(managedRow(id, actor));
		requireStatus(p, ProviderStatus.ACTIVE);
		move(p, version, ProviderStatus.SUSPENDED, p.validUntil(), "SUSPEND", reason(reason), actor);
		return get(id);
	}

	/** Lifts a suspension; the membership keeps its valid-until day (renew it if that has passed). */
	@Transactional
	public Provider reinstate(ProviderId id, int version) {
		Actor actor = access.manager();
		Provider p = provider(managedRow(id, actor));
		requireStatus(p, ProviderStatus.SUSPENDED);
		move(p, version, ProviderStatus.ACTIVE, p.validUntil() == null ? today().minusDays(1) : p.validUntil(), "REINSTATE", null, actor);
		return get(id);
	}

	/** Removes a provider from the pool for good; a reason is needed. Their history stays. */
	@Transactional
	public Provider remove(ProviderId id, int version, String reason) {
		Actor actor = access.manager();
		Provider p = provider(managedRow(id, actor));
		if (p.status() == ProviderStatus.REMOVED) {
			throw new RuleViolation("status", "lawyers.error.transition", p.status().name(), "REMOVE");
		}
		move(p, version, ProviderStatus.REMOVED, p.validUntil(), "REMOVE", reason(reason), actor);
		return get(id);
	}

	/** Records a disciplinary decision against a provider. */
	@Transactional
	public Provider addDiscipline(ProviderId id, DisciplineDraft draft) {
		Actor actor = access.manager();
		managedRow(id, actor);
		LocalDate today = today();
		if (draft.decidedOn() == null || draft.decidedOn().isAfter(today)) {
			throw new RuleViolation("decidedOn", "lawyers.discipline.error.decidedOn");
		}
		String authority = Text.plain(draft.authority(), "authority", 100);
		if (authority == null) {
			throw new RuleViolation("authority", "lawyers.discipline.error.authority");
		}
		String sanction = Text.plain(draft.sanction(), "sanction", 200);
		if (sanction == null) {
			throw new RuleViolation("sanction", "lawyers.discipline.error.sanction");
		}
		if (draft.untilOn() != null && draft.untilOn().isBefore(draft.decidedOn())) {
			throw new RuleViolation("untilOn", "lawyers.discipline.error.untilOn");
		}
		long recordId = providers.insertDiscipline(id.value(), new DisciplineDraft(draft.decidedOn(), authority, sanction, draft.untilOn()),
				actor.username(), now());
		audit.record(AuditAction.CREATE, "lawyers_discipline", recordId, "provider " + id + ": " + sanction);
		return get(id);
	}

	/** The specialty catalogue in display order. */
	@Transactional(readOnly = true)
	public List<CatalogueEntry> specialties() {
		return jdbc.sql("SELECT code, name, name_en FROM lawyers_specialty ORDER BY sort_order, code")
			.query((rs, n) -> new CatalogueEntry(rs.getString(1), rs.getString(2), rs.getString(3))).list();
	}

	/** The languages besides standard Chinese, in display order. */
	@Transactional(readOnly = true)
	public List<CatalogueEntry> languages() {
		return jdbc.sql("SELECT code, name, name_en FROM lawyers_language ORDER BY sort_order, code")
			.query((rs, n) -> new CatalogueEntry(rs.getString(1), rs.getString(2), rs.getString(3))).list();
	}

	/** A stored row as the read model, with its sets, records and the workload cap in force. */
	Provider provider(ProviderRepository.Row r) {
		long id = r.id();
		int cap = r.ownMaxOpenCases() != null ? r.ownMaxOpenCases() : recruitment.criteriaFor(r.regionCode()).maxOpenCases();
		return new Provider(new ProviderId(id), r.kind(), r.name(), r.idNumberMasked(), r.idNumberKey(), r.phoneMasked(),
				r.licenceNumber(), r.firstPracticeDate(), r.criminalDefenceSince(), new OrganisationId(r.organisationId()),
				r.organisationName(), r.unitId(), r.regionCode(), r.status(), r.validUntil(), r.dutyLawyer(), r.ownMaxOpenCases(), cap,
				r.openCases(), r.lastAssignedAt(), r.accountUsername(), providers.specialties(id), providers.regions(id),
				providers.languages(id), providers.discipline(id), r.version());
	}

	/** Unscoped matching for imports: by licence number, else by the ID number's keyed hash. */
	java.util.Optional<ProviderRepository.Row> match(String licence, String idNumberKey) {
		if (licence != null) {
			var byLicence = providers.byLicence(licence);
			if (byLicence.isPresent()) {
				return byLicence;
			}
		}
		return idNumberKey == null ? java.util.Optional.empty() : providers.byIdNumberKey(idNumberKey);
	}

	String idNumberKey(String raw) {
		return raw == null || raw.isBlank() ? null : personalData.lookupKey(ResidentIdNumber.normalise(raw));
	}

	private ProviderRepository.Row managedRow(ProviderId id, Actor actor) {
		return providers.managed(id.value(), actor).orElseThrow(() -> new RecordNotFound(RECORD, id.value()));
	}

	private void requireStatus(Provider p, ProviderStatus expected) {
		if (p.status() != expected) {
			throw new RuleViolation("status", "lawyers.error.transition", p.status().name(), expected.name());
		}
	}

	private void move(Provider p, int version, ProviderStatus to, LocalDate validUntil, String action, String note, Actor actor) {
		if (!providers.transition(p.id().value(), version, p.status(), to, validUntil, now(), actor)) {
			throw new ConcurrentChange(RECORD, p.id().value());
		}
		providers.insertEvent(p.id().value(), now(), actor.username(), action, p.status(), to, validUntil, note);
		audit.record(AuditAction.UPDATE, RECORD, p.id().value(), action + " " + p.status() + " -> " + to
				+ (validUntil == null ? "" : " until " + validUntil));
	}

	private static String reason(String reason) {
		String text = Text.plain(reason, "reason", 500);
		if (text == null) {
			throw new RuleViolation("reason", "lawyers.error.reason");
		}
		return text;
	}

	record Checked(ProviderRepository.Values values, Set<String> specialties, Set<String> regions, Set<String> languages) {
	}

	private Checked check(ProviderDraft d, ProviderRepository.Row current, Actor actor) {
		LocalDate today = today();
		if (d.kind() == null) {
			throw new RuleViolation("kind", "lawyers.error.kind");
		}
		String name = Text.plain(d.name(), "name", 60);
		if (name == null) {
			throw new RuleViolation("name", "lawyers.error.name");
		}
		String idEnc, idKey, idMasked;
		if (current != null && PlainText.blankToNull(d.idNumber()) == null) {
			idEnc = current.idNumberEnc();
			idKey = current.idNumberKey();
			idMasked = current.idNumberMasked();
		}
		else {
			ResidentIdNumber number;
			try {
				number = ResidentIdNumber.parse(d.idNumber(), today);
			}
			catch (RuleViolation e) {
				throw new RuleViolation("idNumber", e.messageKey(), e.args());
			}
			idKey = personalData.lookupKey(number.value());
			idEnc = personalData.encrypt(number.value());
			idMasked = number.masked();
			var holder = providers.byIdNumberKey(idKey);
			if (holder.isPresent() && (current == null || holder.get().id() != current.id())) {
				throw new RuleViolation("idNumber", "lawyers.error.idNumber.taken");
			}
		}
		String phone = PlainText.blankToNull(d.phone());
		String phoneEnc = current == null ? null : current.phoneEnc();
		String phoneMasked = current == null ? null : current.phoneMasked();
		if (phone != null) {
			phone = phone.replaceAll("[\\s-]", "");
			if (!phone.matches("\\+?[0-9]{5,20}")) {
				throw new RuleViolation("phone", "lawyers.error.phone");
			}
			phoneEnc = personalData.encrypt(phone);
			phoneMasked = maskPhone(phone);
		}
		String licence = PlainText.blankToNull(d.licenceNumber());
		LocalDate first = d.firstPracticeDate();
		LocalDate criminal = d.criminalDefenceSince();
		if (d.kind().isLicensed()) {
			if (licence == null) {
				throw new RuleViolation("licenceNumber", "lawyers.error.licence.required");
			}
			licence = licence.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
			if (!licence.matches("[0-9A-Z-]{5,30}")) {
				throw new RuleViolation("licenceNumber", "lawyers.error.licence.format");
			}
			var holder = providers.byLicence(licence);
			if (holder.isPresent() && (current == null || holder.get().id() != current.id())) {
				throw new RuleViolation("licenceNumber", "lawyers.error.licence.taken");
			}
			if (first == null) {
				throw new RuleViolation("firstPracticeDate", "lawyers.error.firstPractice.required");
			}
			if (first.isAfter(today) || first.isBefore(LocalDate.of(1950, 1, 1))) {
				throw new RuleViolation("firstPracticeDate", "lawyers.error.date");
			}
			if (criminal != null && (criminal.isAfter(today) || criminal.isBefore(first))) {
				throw new RuleViolation("criminalDefenceSince", "lawyers.error.criminalSince");
			}
		}
		else {
			if (licence != null) {
				throw new RuleViolation("licenceNumber", "lawyers.error.licence.volunteer");
			}
			first = null;
			criminal = null;
		}
		if (d.organisationId() == null) {
			throw new RuleViolation("organisationId", "lawyers.error.organisation");
		}
		Organisation organisation = organisations.readable(d.organisationId(), actor)
			.filter(Organisation::active)
			.orElseThrow(() -> new RuleViolation("organisationId", "lawyers.error.organisation"));
		if (!fits(d.kind(), organisation.kind())) {
			throw new RuleViolation("organisationId", "lawyers.error.organisation.kind");
		}
		Set<String> specialties = known(d.specialties(), specialties().stream().map(CatalogueEntry::code).toList(), "specialties",
				"lawyers.error.specialty");
		Set<String> languages = new LinkedHashSet<>(d.languages());
		languages.removeIf(l -> l == null || l.isBlank() || "zh".equalsIgnoreCase(l.strip()));
		languages = known(languages, languages().stream().map(CatalogueEntry::code).toList(), "languages", "lawyers.error.language");
		Set<String> regions = regions(d.regions());
		if (d.dutyLawyer() && !d.kind().isLawyer()) {
			throw new RuleViolation("dutyLawyer", "lawyers.error.duty.kind");
		}
		if (d.maxOpenCases() != null && (d.maxOpenCases() < 0 || d.maxOpenCases() > 500)) {
			throw new RuleViolation("maxOpenCases", "lawyers.error.cap", 0, 500);
		}
		String account = account(d.accountUsername(), current);
		return new Checked(new ProviderRepository.Values(d.kind(), name, idEnc, idKey, idMasked, phoneEnc, phoneMasked, licence, first,
				criminal, organisation.id().value(), d.dutyLawyer(), d.maxOpenCases(), account), specialties, regions, languages);
	}

	/** Lawyers work at law firms or the centre, grassroots workers at grassroots offices, volunteers at clinics. */
	static boolean fits(ProviderKind kind, OrganisationKind organisation) {
		return switch (kind) {
			case LAWYER -> organisation == OrganisationKind.LAW_FIRM;
			case GRASSROOTS_WORKER -> organisation == OrganisationKind.GRASSROOTS_OFFICE;
			case CENTRE_STAFF_LAWYER -> organisation == OrganisationKind.AID_CENTRE;
			case CLINIC_VOLUNTEER -> organisation == OrganisationKind.LAW_SCHOOL_CLINIC;
		};
	}

	private static Set<String> known(Set<String> given, List<String> catalogue, String field, String key) {
		Set<String> codes = new LinkedHashSet<>();
		for (String raw : given) {
			if (raw == null || raw.isBlank()) {
				continue;
			}
			String code = catalogue.stream().filter(c -> c.equalsIgnoreCase(raw.strip())).findFirst()
				.orElseThrow(() -> new RuleViolation(field, key, raw.strip()));
			codes.add(code);
		}
		return codes;
	}

	/** Division codes or prefixes as served prefixes; each must name a known division. */
	private Set<String> regions(Set<String> given) {
		Set<String> prefixes = new LinkedHashSet<>();
		for (String raw : given) {
			if (raw == null || raw.isBlank()) {
				continue;
			}
			String code = raw.strip();
			if (!Regions.wellFormed(code)) {
				throw new RuleViolation("regions", "lawyers.error.region.format", code);
			}
			String lookup = code.length() == 2 ? code + "0000" : code.length() == 4 ? code + "00" : code;
			Division division = divisions.find(lookup).orElseThrow(() -> new RuleViolation("regions", "lawyers.error.division.unknown", code));
			prefixes.add(division.descendantPrefix());
		}
		if (prefixes.isEmpty()) {
			throw new RuleViolation("regions", "lawyers.error.regions.required");
		}
		if (prefixes.size() > MAX_REGIONS) {
			throw new RuleViolation("regions", "lawyers.error.regions.many", MAX_REGIONS);
		}
		return prefixes;
	}

	private String account(String username, ProviderRepository.Row current) {
		String name = PlainText.blankToNull(username);
		if (name == null) {
			return null;
		}
		try {
			accounts.loadUserByUsername(name);
		}
		catch (UsernameNotFoundException e) {
			throw new RuleViolation("accountUsername", "lawyers.error.account.unknown", name);
		}
		var linked = providers.byAccount(name);
		if (linked.isPresent() && (current == null || linked.get().id() != current.id())) {
			throw new RuleViolation("accountUsername", "lawyers.error.account.linked", name);
		}
		return name;
	}

	static String maskPhone(String phone) {
		return phone.length() <= 7 ? "****" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}
}
