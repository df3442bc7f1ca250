package org.legalaid.defence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.legalaid.assignment.AssignmentRequest;
import org.legalaid.assignment.AssignmentView;
import org.legalaid.assignment.Assignments;
import org.legalaid.assignment.CaseSubject;
import org.legalaid.assignment.ConflictParty;
import org.legalaid.assignment.LawyerAssigned;
import org.legalaid.deadlines.Deadlines;
import org.legalaid.documents.DocumentFile;
import org.legalaid.documents.OfficialDocuments;
import org.legalaid.lawyers.CatalogueEntry;
import org.legalaid.lawyers.OrganisationId;
import org.legalaid.lawyers.Organisations;
import org.legalaid.lawyers.Providers;
import org.legalaid.people.ResidentIdNumber;
import org.legalaid.people.Sex;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.Actor;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.Page;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.PersonalData;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.Role;
import org.legalaid.shared.RuleViolation;
import org.legalaid.shared.ScopedJdbc;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications of suspects and defendants who must be given a lawyer (LAL arts. 25, 28, 36). A notification is
 * received from the agency's API call: checked field by field, stored with the ID number encrypted, tracked under D10
 * (assign and inform the organ within 3 days) and opened for assignment with the rules of legal-aid-rules.md §6.3 —
 * lawyers only, three years of criminal defence for life, death and death-penalty review cases (LAL art. 26), a lawyer
 * familiar with minors for a minor. A retry with the same {@code Idempotency-Key}, or of the same agency, case number
 * and person, returns the first notification. When a lawyer accepts, counsel is recorded, D10 met and the agency told.
 */
@Service
public class Notifications {

	static final String RECORD = "defence_notification";
	static final String JUVENILE = "JUVENILE";
	static final Set<Role> READERS = Set.copyOf(EnumSet.of(Role.WINDOW_CLERK, Role.REVIEWER, Role.DIRECTOR,
			Role.QUALITY_REVIEWER, Role.BUREAU_ADMIN, Role.SYSTEM_ADMIN));
	private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");
	private static final String SELECT = "SELECT n.*, a.name AS agency_name, a.kind AS agency_kind FROM defence_notification n"
			+ " JOIN defence_agency a ON a.id = n.agency_id";

	private final ScopedJdbc scoped;
	private final JdbcClient jdbc;
	private final Deadlines deadlines;
	private final Providers providers;
	private final Organisations organisations;
	private final PersonalData personalData;
	private final CurrentActor actors;
	private final Partners partners;
	private final Agencies agencies;
	private final Callbacks callbacks;
	private final AuditLog audit;
	private final Assignments assignments;
	private final OfficialDocuments documents;
	private final TransactionTemplate transaction;
	private final Clock clock;

	Notifications(ScopedJdbc scoped, JdbcClient jdbc, Deadlines deadlines, Providers providers, Organisations organisations,
			PersonalData personalData,
			CurrentActor actors, Partners partners, Agencies agencies, Callbacks callbacks, AuditLog audit,
			Assignments assignments, OfficialDocuments documents, TransactionTemplate transaction, Clock clock) {
		this.documents = documents;
		this.scoped = scoped;
		this.jdbc = jdbc;
		this.deadlines = deadlines;
		this.providers = providers;
		this.organisations = organisations;
		this.personalData = personalData;
		this.actors = actors;
		this.partners = partners;
		this.agencies = agencies;
		this.callbacks = callbacks;
		this.audit = audit;
		this.assignments = assignments;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Receives a notification from the calling agency. A malformed one is an {@link InvalidRequest} naming every bad
	 * field; an idempotency key reused for a different notification is refused.
	 */
	public ReceivedNotification receive(NotificationDraft draft, String idempotencyKey) {
		PartnerPrincipal agency = partners.current();
		List<FieldProblem> problems = problems(draft);
		String key = PlainText.blankToNull(idempotencyKey);
		if (key != null && !IDEMPOTENCY_KEY.matcher(key).matches()) {
			problems = new ArrayList<>(problems);
			problems.add(new FieldProblem("Idempotency-Key", "defence.error.idempotencyKey"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequest(problems);
		}
		String personKey = personalData.lookupKey(ResidentIdNumber.normalise(draft.personIdNumber()));
		String hash = requestHash(draft, personKey);
		try {
			return transaction.execute(status -> earlier(agency, draft, key, personKey, hash)
				.map(n -> new ReceivedNotification(n, true))
				.orElseGet(() -> new ReceivedNotification(insert(agency, draft, key, personKey, hash), false)));
		}
		catch (DuplicateKeyException concurrentRetry) {
			return transaction.execute(status -> new ReceivedNotification(
					earlier(agency, draft, key, personKey, hash).orElseThrow(() -> concurrentRetry), true));
		}
	}

	/** Every problem with the draft's fields, in the field names of the API. */
	public List<FieldProblem> problems(NotificationDraft d) {
		LocalDate today = LocalDate.now(clock);
		List<FieldProblem> problems = new ArrayList<>();
		text(problems, "caseNumber", d.caseNumber(), 60, true);
		if (d.stage() == null) {
			problems.add(new FieldProblem("stage", "defence.error.required"));
		}
		if (d.reason() == null) {
			problems.add(new FieldProblem("reason", "defence.error.required"));
		}
		text(problems, "charge", d.charge(), 200, true);
		text(problems, "person.name", d.personName(), 60, true);
		text(problems, "person.ethnicity", d.ethnicity(), 30, false);
		text(problems, "person.detentionPlace", d.detentionPlace(), 100, false);
		var idProblem = ResidentIdNumber.problemWith(d.personIdNumber(), today);
		if (idProblem.isPresent()) {
			problems.add(new FieldProblem("person.idNumber", idProblem.get().messageKey()));
		}
		else {
			ResidentIdNumber id = ResidentIdNumber.parse(d.personIdNumber(), today);
			if (d.sex() != null && d.sex() != id.sex()) {
				problems.add(new FieldProblem("person.sex", "defence.error.sex"));
			}
			if (d.birthDate() != null && !d.birthDate().equals(id.birthDate())) {
				problems.add(new FieldProblem("person.birthDate", "defence.error.birthDate"));
			}
		}
		if (d.language() != null && providers.languages().stream().map(CatalogueEntry::code).noneMatch(d.language()::equals)) {
			problems.add(new FieldProblem("person.language", "defence.error.language"));
		}
		if (d.hearingDate() != null && d.hearingDate().isBefore(today.minusYears(1))) {
			problems.add(new FieldProblem("hearingDate", "defence.error.hearingDate"));
		}
		if (d.coDefendants().size() > 50) {
			problems.add(new FieldProblem("coDefendants", "defence.error.coDefendants"));
		}
		for (int i = 0; i < Math.min(50, d.coDefendants().size()); i++) {
			var c = d.coDefendants().get(i);
			text(problems, "coDefendants[" + i + "].name", c == null ? null : c.name(), 60, true);
			if (c != null && c.idNumber() != null && !c.idNumber().isBlank()) {
				String field = "coDefendants[" + i + "].idNumber";
				ResidentIdNumber.problemWith(c.idNumber(), today)
					.ifPresent(p -> problems.add(new FieldProblem(field, p.messageKey())));
			}
		}
		return problems;
	}

	/** One notification of the calling agency; another agency's is not found. */
	@Transactional(readOnly = true)
	public Notification ofAgency(long id) {
		PartnerPrincipal agency = partners.current();
		return scoped.sql(SELECT + " WHERE n.id = :id AND n.agency_id = :agency AND SCOPE(n.unit_path)", agency.actor())
			.param("id", id).param("agency", agency.agencyId())
			.query(this::map).optional().orElseThrow(() -> new RecordNotFound(RECORD, id));
	}

	/** The calling agency's notifications, newest first. */
	@Transactional(readOnly = true)
	public Page<Notification> listOfAgency(PageRequest page) {
		PartnerPrincipal agency = partners.current();
		long total = scoped.sql("SELECT COUNT(*) FROM defence_notification n WHERE n.agency_id = :agency AND SCOPE(n.unit_path)",
				agency.actor()).param("agency", agency.agencyId()).query(Long.class).single();
		List<Notification> items = scoped.sql(SELECT + " WHERE n.agency_id = :agency AND SCOPE(n.unit_path)"
				+ " ORDER BY n.received_at DESC, n.id DESC LIMIT :limit OFFSET :offset", agency.actor())
			.param("agency", agency.agencyId()).param("limit", page.size()).param("offset", page.offset())
			.query(this::map).list();
		return Page.of(items, page, total);
	}

	/** The current state of assignment of a notification (status, provider, letters), once opened. */
	public Optional<AssignmentView> assignment(Notification n) {
		return assignments.current(n.subject());
	}

	/** The ids of the documents assignment issued for the calling agency's notification (the assignment letter…). */
	@Transactional(readOnly = true)
	public List<Long> lettersOfAgency(long id) {
		return assignment(ofAgency(id)).map(AssignmentView::documentIds).orElse(List.of());
	}

	/** One document issued for the calling agency's notification, as a PDF; any other is not found. */
	@Transactional
	public DocumentFile letterOfAgency(long id, long documentId) {
		if (!lettersOfAgency(id).contains(documentId)) {
			throw new RecordNotFound("document", documentId);
		}
		return documents.download(documentId);
	}

	/** One notification in the staff member's scope. */
	@Transactional(readOnly = true)
	public Notification get(long id) {
		requireReader();
		return scoped.sql(SELECT + " WHERE n.id = :id AND SCOPE(n.unit_path)").param("id", id)
			.query(this::map).optional().orElseThrow(() -> new RecordNotFound(RECORD, id));
	}

	/** The notifications of the staff member's scope: waiting ones first, then by D10 due time. */
	@Transactional(readOnly = true)
	public Page<Notification> search(NotificationFilter filter, PageRequest page) {
		requireReader();
		String where = where(filter);
		long total = bind(scoped.sql("SELECT COUNT(*) FROM defence_notification n WHERE " + where), filter)
			.query(Long.class).single();
		List<Notification> items = bind(scoped.sql(SELECT + " WHERE " + where
				+ " ORDER BY CASE WHEN n.status = 'WAITING_FOR_COUNSEL' THEN 0 ELSE 1 END, n.due_at, n.id"
				+ " LIMIT :limit OFFSET :offset"), filter)
			.param("limit", page.size()).param("offset", page.offset()).query(this::map).list();
		return Page.of(items, page, total);
	}

	/** The full-coverage figures of the notifications matching the filter (the stage and agency parts of it). */
	@Transactional(readOnly = true)
	public CoverageFigures coverage(NotificationFilter filter) {
		requireReader();
		var all = new NotificationFilter(filter.stage(), filter.agencyId(), null, null);
		List<OffsetDateTime[]> times = bind(scoped.sql("SELECT n.received_at, n.counsel_at FROM defence_notification n WHERE "
				+ where(all)), all)
			.query((rs, n) -> new OffsetDateTime[] { rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class) })
			.list();
		var gaps = new NotificationFilter(filter.stage(), filter.agencyId(), true, null);
		List<OffsetDateTime> due = bind(scoped.sql("SELECT n.due_at FROM defence_notification n WHERE " + where(gaps)), gaps)
			.query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).list();
		return CoverageFigures.of(times, due, OffsetDateTime.now(clock));
	}

	/** The co-defendants' names as notified. */
	@Transactional(readOnly = true)
	public List<String> coDefendants(long id) {
		get(id);
		return jdbc.sql("SELECT name FROM defence_co_defendant WHERE notification_id = :id ORDER BY position")
			.param("id", id).query(String.class).list();
	}

	/** The person's ID number in full: a separate, audited action. */
	@Transactional
	public String revealIdNumber(long id) {
		get(id);
		String enc = jdbc.sql("SELECT person_id_enc FROM defence_notification WHERE id = :id").param("id", id)
			.query(String.class).single();
		audit.record(AuditAction.REVEAL_PERSONAL_DATA, RECORD, id, "person ID number");
		return personalData.decrypt(enc);
	}

	/**
	 * A lawyer accepted a notified case: record counsel, meet D10 and tell the agency, in the accepting transaction. A
	 * notified case that did not come through the partner API has nothing to record here.
	 */
	@EventListener
	void on(LawyerAssigned assigned) {
		if (assigned.subject().kind() != CaseSubject.Kind.NOTIFICATION) {
			return;
		}
		actors.runAsSystem(() -> counselAccepted(assigned));
	}

	private void counselAccepted(LawyerAssigned a) {
		long id = a.subject().id();
		var row = scoped.sql(SELECT + " WHERE n.id = :id AND SCOPE(n.unit_path)", Actor.SYSTEM).param("id", id)
			.query(this::map).optional().orElse(null);
		if (row == null) {
			return;
		}
		String phone = officePhone(a.organisationId());
		jdbc.sql("UPDATE defence_notification SET status = 'COUNSEL_ASSIGNED', assignment_id = :assignment,"
				+ " counsel_provider_id = :provider, counsel_name = :name, counsel_firm = :firm, counsel_phone = :phone, counsel_at = :at,"
				+ " version = version + 1 WHERE id = :id")
			.param("assignment", a.assignmentId()).param("provider", a.providerId()).param("name", a.providerName())
			.param("firm", a.organisationName()).param("phone", phone).param("at", a.acceptedAt())
			.param("id", id).update();
		if (row.deadlineTimerId() != null) {
			deadlines.complete(row.deadlineTimerId(), a.acceptedAt().toInstant());
		}
		audit.record(AuditAction.UPDATE, RECORD, id, (a.reassignment() ? "counsel replaced: " : "counsel: ")
				+ a.providerName() + ", " + a.organisationName());
		callbacks.publish(row.agencyId(), row.unitPath(), a.reassignment() ? "counsel.replaced" : "counsel.assigned", id,
				CallbackEvent.counsel(row, a, phone));
	}

	/** The office phone of counsel's organisation, where the pool has one. */
	private String officePhone(long organisationId) {
		try {
			return organisations.get(new OrganisationId(organisationId)).phone();
		}
		catch (RecordNotFound | AccessRefused unknown) {
			return null;
		}
	}

	private Optional<Notification> earlier(PartnerPrincipal agency, NotificationDraft draft, String key, String personKey,
			String hash) {
		if (key != null) {
			var byKey = jdbc.sql("SELECT id, request_hash FROM defence_notification WHERE agency_id = :agency AND idempotency_key = :key")
				.param("agency", agency.agencyId()).param("key", key)
				.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) }).optional();
			if (byKey.isPresent()) {
				if (!hash.equals(byKey.get()[1])) {
					throw new RuleViolation("Idempotency-Key", "defence.error.idempotencyReused");
				}
				return Optional.of(read((Long) byKey.get()[0]));
			}
		}
		return jdbc.sql("SELECT id FROM defence_notification WHERE agency_id = :agency AND case_number = :caseNumber"
				+ " AND person_key = :person")
			.param("agency", agency.agencyId()).param("caseNumber", draft.caseNumber().strip()).param("person", personKey)
			.query(Long.class).optional().map(this::read);
	}

	private Notification read(long id) {
		return jdbc.sql(SELECT + " WHERE n.id = :id").param("id", id).query(this::map).single();
	}

	private Notification insert(PartnerPrincipal agency, NotificationDraft d, String key, String personKey, String hash) {
		Actor actor = agency.actor();
		Agency a = agencies.byId(agency.agencyId());
		OffsetDateTime now = OffsetDateTime.now(clock);
		ResidentIdNumber idNumber = ResidentIdNumber.parse(d.personIdNumber(), now.toLocalDate());
		String number = "%s-TZ-%d-%05d".formatted(a.regionCode(), now.getYear(), nextNumber(a.centreId(), now.getYear()));
		var generated = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO defence_notification (number, agency_id, centre_id, unit_path, region_code, case_number, stage,
				       reason, matter_code, charge, person_name, person_id_enc, person_key, person_id_masked, sex, birth_date,
				       ethnicity, language, detention_place, hearing_date, idempotency_key, request_hash, received_at, status)
				VALUES (:number, :agency, :centre, :path, :region, :caseNumber, :stage, :reason, :matter, :charge, :name,
				       :idEnc, :personKey, :idMasked, :sex, :birth, :ethnicity, :language, :place, :hearing, :key, :hash, :now,
				       'WAITING_FOR_COUNSEL')""")
			.param("number", number).param("agency", a.id()).param("centre", a.centreId()).param("path", a.unitPath())
			.param("region", a.regionCode()).param("caseNumber", d.caseNumber().strip()).param("stage", d.stage().name())
			.param("reason", d.reason().name()).param("matter", d.reason().matterCode()).param("charge", d.charge().strip())
			.param("name", d.personName().strip()).param("idEnc", personalData.encrypt(idNumber.value()))
			.param("personKey", personKey).param("idMasked", idNumber.masked()).param("sex", idNumber.sex().name())
			.param("birth", idNumber.birthDate()).param("ethnicity", PlainText.blankToNull(d.ethnicity()))
			.param("language", d.language()).param("place", PlainText.blankToNull(d.detentionPlace()))
			.param("hearing", d.hearingDate()).param("key", key).param("hash", hash).param("now", now)
			.update(generated, "id");
		long id = generated.getKeyAs(Number.class).longValue();
		List<ConflictParty> opposing = new ArrayList<>();
		for (int i = 0; i < d.coDefendants().size(); i++) {
			var c = d.coDefendants().get(i);
			String cKey = c.idNumber() == null || c.idNumber().isBlank() ? null
					: personalData.lookupKey(ResidentIdNumber.normalise(c.idNumber()));
			jdbc.sql("INSERT INTO defence_co_defendant (notification_id, position, name, id_key) VALUES (:id, :pos, :name, :key)")
				.param("id", id).param("pos", i).param("name", c.name().strip()).param("key", cKey).update();
			opposing.add(new ConflictParty(c.name().strip(), cKey, null, "CO_DEFENDANT"));
		}
		long timer = actors.callAs(actor, () -> deadlines.track(RECORD, Long.toString(id), a.unitPath(), a.regionCode(), "D10",
				now.toInstant()));
		OffsetDateTime due = OffsetDateTime.ofInstant(actors.callAs(actor, () -> deadlines.timer(timer).dueAt()), clock.getZone());
		jdbc.sql("UPDATE defence_notification SET deadline_timer_id = :timer, due_at = :due WHERE id = :id")
			.param("timer", timer).param("due", due).param("id", id).update();
		audit.record(AuditAction.CREATE, RECORD, id, number + " " + d.stage() + " " + d.reason() + " from agency " + a.id());
		long assignmentId = assignments.open(request(read(id), personKey, timer, idNumber, opposing));
		jdbc.sql("UPDATE defence_notification SET assignment_id = :assignment WHERE id = :id")
			.param("assignment", assignmentId).param("id", id).update();
		return read(id);
	}

	private AssignmentRequest request(Notification n, String personKey, long timer, ResidentIdNumber idNumber,
			List<ConflictParty> opposing) {
		Integer years = n.stage() == Stage.DEATH_PENALTY_REVIEW ? Integer.valueOf(3) : n.reason().minCriminalYears();
		boolean minor = n.reason().minorsSpecialty()
				|| Period.between(idNumber.birthDate(), n.receivedAt().toLocalDate()).getYears() < 18;
		String specialty = minor && providers.specialties().stream().anyMatch(s -> JUVENILE.equals(s.code())) ? JUVENILE : null;
		return new AssignmentRequest(n.subject(), n.centreId(), n.unitPath(), n.regionCode(), n.reason().matterCode(),
				specialty, n.language(), true, years, timer,
				List.of(new ConflictParty(n.personName(), personKey, null, "ASSISTED")), opposing);
	}

	/** What identifies the content of a notification, ID numbers only as keyed hashes, to refuse a reused idempotency key. */
	private String requestHash(NotificationDraft d, String personKey) {
		StringBuilder s = new StringBuilder();
		for (Object part : new Object[] { d.caseNumber().strip(), d.stage(), d.reason(), d.charge().strip(), d.personName().strip(),
				personKey, d.sex(), d.birthDate(), PlainText.blankToNull(d.ethnicity()), d.language(), PlainText.blankToNull(d.detentionPlace()),
				d.hearingDate() }) {
			s.append(part).append('|');
		}
		for (var c : d.coDefendants()) {
			String id = PlainText.blankToNull(c.idNumber());
			s.append(c.name().strip()).append(':').append(id == null ? "" : personalData.lookupKey(ResidentIdNumber.normalise(id))).append('|');
		}
		return Agencies.sha256(s.toString());
	}

	private int nextNumber(long centreId, int year) {
		int updated = jdbc.sql("UPDATE defence_number_counter SET next_number = next_number + 1 WHERE centre_id = :c AND counter_year = :y")
			.param("c", centreId).param("y", year).update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO defence_number_counter (centre_id, counter_year, next_number) VALUES (:c, :y, 2)")
				.param("c", centreId).param("y", year).update();
			return 1;
		}
		return jdbc.sql("SELECT next_number - 1 FROM defence_number_counter WHERE centre_id = :c AND counter_year = :y")
			.param("c", centreId).param("y", year).query(Integer.class).single();
	}

	private static void text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new FieldProblem(field, "defence.error.required"));
			}
		}
		else if (value.strip().length() > max || !PlainText.isPlain(value)) {
			problems.add(new FieldProblem(field, "defence.error.text"));
		}
	}

	private static String where(NotificationFilter f) {
		StringBuilder where = new StringBuilder("SCOPE(n.unit_path)");
		if (f.stage() != null) {
			where.append(" AND n.stage = :stage");
		}
		if (f.agencyId() != null) {
			where.append(" AND n.agency_id = :agency");
		}
		if (f.waiting() != null) {
			where.append(f.waiting() ? " AND n.status = 'WAITING_FOR_COUNSEL'" : " AND n.status <> 'WAITING_FOR_COUNSEL'");
		}
		if (f.text() != null && !f.text().isBlank()) {
			where.append(" AND (n.number = :text OR n.case_number = :text OR n.person_name = :text)");
		}
		return where.toString();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, NotificationFilter f) {
		if (f.stage() != null) {
			spec = spec.param("stage", f.stage().name());
		}
		if (f.agencyId() != null) {
			spec = spec.param("agency", f.agencyId());
		}
		if (f.text() != null && !f.text().isBlank()) {
			spec = spec.param("text", f.text().strip());
		}
		return spec;
	}

	private void requireReader() {
		if (!actors.require().hasAny(READERS)) {
			throw new AccessRefused("notifications are read by " + READERS);
		}
	}

	Notification map(ResultSet rs, int row) throws SQLException {
		ZoneId zone = clock.getZone();
		return new Notification(rs.getLong("id"), rs.getString("number"), rs.getLong("agency_id"), rs.getString("agency_name"),
				AgencyKind.valueOf(rs.getString("agency_kind")), rs.getLong("centre_id"), rs.getString("unit_path"),
				rs.getString("region_code"), rs.getString("case_number"), Stage.valueOf(rs.getString("stage")),
				LegalReason.valueOf(rs.getString("reason")), rs.getString("charge"), rs.getString("person_name"),
				rs.getString("person_id_masked"), Sex.valueOf(rs.getString("sex")), rs.getObject("birth_date", LocalDate.class),
				rs.getString("ethnicity"), rs.getString("language"), rs.getString("detention_place"),
				rs.getObject("hearing_date", LocalDate.class), Rows.at(rs, "received_at", zone),
				(Long) rs.getObject("deadline_timer_id", Long.class), Rows.at(rs, "due_at", zone),
				NotificationStatus.valueOf(rs.getString("status")), rs.getObject("assignment_id", Long.class),
				rs.getObject("counsel_provider_id", Long.class), rs.getString("counsel_name"), rs.getString("counsel_firm"), rs.getString("counsel_phone"),
				Rows.at(rs, "counsel_at", zone), rs.getInt("version"));
	}
}
