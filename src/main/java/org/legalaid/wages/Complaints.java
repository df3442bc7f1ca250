package org.legalaid.wages;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.legalaid.deadlines.Deadlines;
import org.legalaid.hotline.ConsultationId;
import org.legalaid.hotline.Consultations;
import org.legalaid.network.Division;
import org.legalaid.network.DivisionLevel;
import org.legalaid.network.Divisions;
import org.legalaid.network.ServiceNetwork;
import org.legalaid.network.ServiceUnit;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.Actor;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.ConcurrentChange;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.Page;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.PersonalData;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.Role;
import org.legalaid.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unpaid-wage complaints: recorded by the hotline operator, window clerk or director who took them, owned by their
 * unit; referred to a legal-aid centre (whose staff then see the complaint) or to labour inspection; moved on to
 * accepted, resolved or closed unresolved, each change guarded by the status and the version read and written to the
 * status history. The receiving side should accept a referral within rule W2 (a tracked deadline).
 */
@Service
public class Complaints {

	static final String RECORD = "wages_complaint";
	static final String REFERRAL_SUBJECT = "wages_referral";
	static final String REFERRAL_RULE = "W2";
	/** Who records complaints and moves them on. */
	public static final Set<Role> RECORDERS = Set.copyOf(EnumSet.of(Role.HOTLINE_OPERATOR, Role.WINDOW_CLERK, Role.DIRECTOR));
	/** Who reads complaints in their scope: the recorders and the supervising administrators. */
	public static final Set<Role> READERS = Set.copyOf(EnumSet.of(Role.HOTLINE_OPERATOR, Role.WINDOW_CLERK, Role.DIRECTOR,
			Role.BUREAU_ADMIN));
	static final int MAX_NAME = 60;
	static final int MAX_EMPLOYER = 200;
	static final int MAX_PROJECT = 200;
	static final int MAX_DESCRIPTION = 4000;
	static final int MAX_NOTE = 1000;
	static final int MAX_AGENCY = 100;
	static final int MAX_REFERENCE = 60;
	static final int MAX_WORKERS = 100_000;
	static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

	private final ComplaintRepository complaints;
	private final SupervisionRepository supervisions;
	private final Consultations consultations;
	private final ServiceNetwork network;
	private final Divisions divisions;
	private final Deadlines deadlines;
	private final PersonalData personalData;
	private final CurrentActor actors;
	private final AuditLog audit;
	private final Clock clock;

	Complaints(ComplaintRepository complaints, SupervisionRepository supervisions, Consultations consultations,
			ServiceNetwork network, Divisions divisions, Deadlines deadlines, PersonalData personalData, CurrentActor actors,
			AuditLog audit, Clock clock) {
		this.complaints = complaints;
		this.supervisions = supervisions;
		this.consultations = consultations;
		this.network = network;
		this.divisions = divisions;
		this.deadlines = deadlines;
		this.personalData = personalData;
		this.actors = actors;
		this.audit = audit;
		this.clock = clock;
	}

	/** Records a complaint taken by the actor, owned by the actor's unit. A refused draft stores nothing. */
	@Transactional
	public ComplaintId record(ComplaintDraft draft) {
		Actor actor = require(RECORDERS);
		if (draft == null) {
			throw new RuleViolation("complainantName", "wages.error.complainantName.required");
		}
		String name = Texts.required("complainantName", draft.complainantName(), MAX_NAME, "wages.error.complainantName.required");
		String phone = Texts.clean("complainantPhone", draft.complainantPhone(), 20);
		if (phone == null) {
			throw new RuleViolation("complainantPhone", "wages.error.phone.required");
		}
		if (!phone.matches("[0-9+\\- ]{5,20}")) {
			throw new RuleViolation("complainantPhone", "wages.error.phone.invalid");
		}
		Long consultation = checkedConsultation(draft.consultationId());
		String employer = Texts.required("employerName", draft.employerName(), MAX_EMPLOYER, "wages.error.employerName.required");
		String code = CreditCode.normalise(draft.employerCreditCode());
		if (code != null && !CreditCode.valid(code)) {
			throw new RuleViolation("employerCreditCode", "wages.error.creditCode.invalid");
		}
		String project = Texts.clean("projectName", draft.projectName(), MAX_PROJECT);
		Division region = region(draft.regionCode());
		Integer workers = draft.workers();
		if (workers == null || workers < 1 || workers > MAX_WORKERS) {
			throw new RuleViolation("workers", "wages.error.workers.invalid", MAX_WORKERS);
		}
		BigDecimal amount = amount("amountOwed", draft.amountOwed());
		LocalDate today = LocalDate.now(clock);
		LocalDate received = draft.receivedOn() == null ? today : draft.receivedOn();
		if (received.isAfter(today)) {
			throw new RuleViolation("receivedOn", "wages.error.receivedOn.future");
		}
		YearMonth from = draft.owedFrom();
		YearMonth to = draft.owedTo();
		if (from != null && from.isAfter(YearMonth.from(received))) {
			throw new RuleViolation("owedFrom", "wages.error.period.future");
		}
		if (to != null && to.isAfter(YearMonth.from(received))) {
			throw new RuleViolation("owedTo", "wages.error.period.future");
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new RuleViolation("owedTo", "wages.error.period.invalid");
		}
		String description = Texts.clean("description", draft.description(), MAX_DESCRIPTION);
		OffsetDateTime now = OffsetDateTime.now(clock);
		long id = complaints.insert(new ComplaintRepository.NewComplaint(actor.unitId(), actor.unitPath(), actor.username(),
				received, name, personalData.encrypt(phone), personalData.lookupKey(phone), consultation, employer, code,
				project, region.code(), region.code().substring(0, 6), workers, amount, from, to, description, now));
		complaints.event(id, now, actor.username(), null, ComplaintStatus.RECEIVED, null);
		audit.record(AuditAction.CREATE, RECORD, id, region.code() + " " + workers + " workers " + amount.toPlainString());
		return new ComplaintId(id);
	}

	/** One complaint in the actor's scope (one outside it is not found), with the complainant's phone masked. */
	@Transactional(readOnly = true)
	public Complaint get(ComplaintId id) {
		require(READERS);
		return view(row(id));
	}

	/** The complainant's phone in full, for calling back: a separate, audited action. */
	@Transactional
	public String revealPhone(ComplaintId id) {
		require(READERS);
		String phone = personalData.decrypt(row(id).phoneEncrypted());
		audit.record(AuditAction.REVEAL_PERSONAL_DATA, RECORD, id.value(), "complainant phone");
		return phone;
	}

	/** The status history of a complaint in scope, oldest first. */
	@Transactional(readOnly = true)
	public List<ComplaintEvent> history(ComplaintId id) {
		require(READERS);
		row(id);
		return complaints.events(id.value());
	}

	/** The complaints in the actor's scope matching the filter, the latest received first. */
	@Transactional(readOnly = true)
	public Page<ComplaintSummary> search(ComplaintFilter filter, PageRequest page) {
		require(READERS);
		ComplaintFilter f = filter == null ? ComplaintFilter.any() : filter;
		OffsetDateTime now = OffsetDateTime.now(clock);
		Map<String, String> counties = new HashMap<>();
		return complaints.list(f.employer(), f.status(), page).map(l -> new ComplaintSummary(new ComplaintId(l.id()),
				l.receivedOn(), l.complainantName(), l.employerName(), l.projectName(), l.countyCode(),
				counties.computeIfAbsent(l.countyCode(), c -> divisions.find(c).map(Division::name).orElse(c)), l.workers(),
				l.amountOwed(), l.recovered(), l.status(), Reminder.of(l.dueAt(), l.dueSoonAt(), l.answeredAt(), now),
				l.dueAt()));
	}

	/**
	 * Refers a RECEIVED complaint of the actor's unit (or below) to an active legal-aid centre other than the recording
	 * unit, or to a labour inspection agency, with their reference if known; starts the acceptance deadline (W2).
	 */
	@Transactional
	public Complaint refer(ComplaintId id, int version, ReferralTarget target) {
		Actor actor = require(RECORDERS);
		ComplaintRepository.Row row = row(id);
		if (row.status() != ComplaintStatus.RECEIVED) {
			throw refusal(row.status(), ComplaintStatus.REFERRED);
		}
		if (target == null || target.kind() == null) {
			throw new RuleViolation("kind", "wages.referral.error.kind");
		}
		String reference = Texts.clean("reference", target.reference(), MAX_REFERENCE);
		ServiceUnit centre = null;
		String agency = null;
		if (target.kind() == ReferralTarget.Kind.CENTRE) {
			centre = target.centreId() == null ? null : network.find(target.centreId(), Actor.SYSTEM).orElse(null);
			if (centre == null || !centre.isCentre() || !centre.active()) {
				throw new RuleViolation("centreId", "wages.referral.error.centre");
			}
			if (centre.id() == row.unitId()) {
				throw new RuleViolation("centreId", "wages.referral.error.sameUnit");
			}
		}
		else {
			agency = Texts.required("agencyName", target.agencyName(), MAX_AGENCY, "wages.referral.error.agency");
		}
		if (!actor.covers(row.unitPath())) {
			throw new RecordNotFound(RECORD, id.value());
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (!complaints.refer(id.value(), version, target.kind(), centre == null ? null : centre.id(),
				centre == null ? null : centre.path(), agency, reference, actor.username(), now)) {
			throw new ConcurrentChange(RECORD, id.value());
		}
		String to = centre != null ? centre.name() : agency;
		complaints.event(id.value(), now, actor.username(), ComplaintStatus.RECEIVED, ComplaintStatus.REFERRED, to);
		long timer = deadlines.track(REFERRAL_SUBJECT, id.toString(), row.unitPath(), row.regionCode(), REFERRAL_RULE, now.toInstant());
		complaints.setReferralTimer(id.value(), timer, deadlines.timer(timer).dueAt().atZone(clock.getZone()).toOffsetDateTime());
		audit.record(AuditAction.UPDATE, RECORD, id.value(), "referred to " + target.kind() + " " + to);
		return get(id);
	}

	/**
	 * Moves a complaint on: REFERRED → ACCEPTED (with the receiving side's reference, if given), ACCEPTED → RESOLVED,
	 * or CLOSED_UNRESOLVED from any open status with a note saying why. A move the status does not allow is refused
	 * naming the allowed ones. Closing the complaint closes its supervision and meets its open reply deadlines.
	 */
	@Transactional
	public Complaint move(ComplaintId id, int version, ComplaintStatus to, String note, String reference) {
		Actor actor = require(RECORDERS);
		ComplaintRepository.Row row = row(id);
		if (to == null) {
			throw new RuleViolation("status", "wages.error.status.required");
		}
		if (to == ComplaintStatus.REFERRED && row.status() == ComplaintStatus.RECEIVED) {
			throw new RuleViolation("status", "wages.error.referral.viaReferral");
		}
		if (!row.status().moves().contains(to)) {
			throw refusal(row.status(), to);
		}
		String text = Texts.clean("note", note, MAX_NOTE);
		if (to == ComplaintStatus.CLOSED_UNRESOLVED && text == null) {
			throw new RuleViolation("note", "wages.error.note.required");
		}
		String ref = Texts.clean("reference", reference, MAX_REFERENCE);
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (!complaints.move(id.value(), version, row.status(), to, text, to == ComplaintStatus.ACCEPTED ? ref : null, now)) {
			throw new ConcurrentChange(RECORD, id.value());
		}
		complaints.event(id.value(), now, actor.username(), row.status(), to, text);
		if (row.referralTimerId() != null && row.acceptedAt() == null) {
			long timer = row.referralTimerId();
			if (to == ComplaintStatus.ACCEPTED) {
				actors.callAsSystem(() -> deadlines.complete(timer, now.toInstant()));
			}
			else if (!to.isOpen()) {
				actors.callAsSystem(() -> deadlines.cancel(timer));
			}
		}
		if (!to.isOpen()) {
			closeSupervision(id.value(), now);
		}
		audit.record(AuditAction.UPDATE, RECORD, id.value(), row.status() + " -> " + to);
		return get(id);
	}

	/** The centres a complaint may be referred to: active centres for where the work was, nearest first. */
	@Transactional(readOnly = true)
	public List<ServiceUnit> referralCentres(ComplaintId id) {
		require(READERS);
		ComplaintRepository.Row row = row(id);
		return network.nearby(row.regionCode(), 12).stream().filter(u -> u.isCentre() && u.id() != row.unitId()).toList();
	}

	/** Ends the open supervision round: the reply deadline is met by the closing if no reply came before. */
	private void closeSupervision(long complaintId, OffsetDateTime at) {
		for (SupervisionRepository.Round round : supervisions.open(complaintId)) {
			supervisions.end(round.id(), SupervisionStatus.CLOSED, at);
			if (round.answeredAt() == null && round.timerId() != null) {
				actors.callAsSystem(() -> deadlines.complete(round.timerId(), at.toInstant()));
			}
		}
	}

	static RuleViolation refusal(ComplaintStatus from, ComplaintStatus to) {
		if (from.next().isEmpty()) {
			return new RuleViolation("status", "wages.error.transition.final", StatusNames.of(from), StatusNames.of(to));
		}
		return new RuleViolation("status", "wages.error.transition", StatusNames.of(from), StatusNames.of(to),
				new StatusNames(from.next()));
	}

	ComplaintRepository.Row row(ComplaintId id) {
		return complaints.find(id.value()).orElseThrow(() -> new RecordNotFound(RECORD, id.value()));
	}

	/** The complaint in scope, held until the transaction ends (see {@link ComplaintRepository#hold}). */
	ComplaintRepository.Row held(ComplaintId id) {
		if (!complaints.hold(id.value())) {
			throw new RecordNotFound(RECORD, id.value());
		}
		return row(id);
	}

	Actor require(Set<Role> roles) {
		Actor actor = actors.require();
		if (!actor.hasAny(roles)) {
			throw new AccessRefused("unpaid-wage complaints need one of " + roles);
		}
		return actor;
	}

	/** A positive amount in yuan with at most two decimals, within the column's range. */
	static BigDecimal amount(String field, BigDecimal value) {
		if (value == null || value.signum() <= 0 || value.compareTo(MAX_AMOUNT) > 0) {
			throw new RuleViolation(field, "wages.error.amount.invalid");
		}
		if (value.stripTrailingZeros().scale() > 2) {
			throw new RuleViolation(field, "wages.error.amount.scale");
		}
		return value.setScale(2);
	}

	private Long checkedConsultation(Long id) {
		if (id == null) {
			return null;
		}
		try {
			consultations.get(new ConsultationId(id));
			return id;
		}
		catch (RecordNotFound | AccessRefused e) {
			throw new RuleViolation("consultationId", "wages.error.consultation.unknown", id);
		}
	}

	/**
	 * The division where the work was: county level or below, or a prefecture-level city without counties, whose
	 * townships it governs directly. Its first six digits are then the county-level code the figures group by.
	 */
	private Division region(String code) {
		String c = code == null ? "" : code.strip();
		if (c.isEmpty()) {
			throw new RuleViolation("regionCode", "wages.error.region.required");
		}
		Division division = divisions.find(c).orElseThrow(() -> new RuleViolation("regionCode", "wages.error.region.unknown", c));
		boolean countyOrBelow = division.level().number() >= DivisionLevel.COUNTY.number();
		boolean countyLessCity = division.level() == DivisionLevel.PREFECTURE
				&& divisions.children(division.code()).stream().noneMatch(d -> d.level() == DivisionLevel.COUNTY);
		if (!countyOrBelow && !countyLessCity) {
			throw new RuleViolation("regionCode", "wages.error.region.level", division.name());
		}
		return division;
	}

	private Complaint view(ComplaintRepository.Row r) {
		Referral referral = null;
		if (r.referralKind() != null) {
			String target = r.referralKind() == ReferralTarget.Kind.CENTRE ? unitName(r.targetUnitId()) : r.agencyName();
			referral = new Referral(r.referralKind(), r.targetUnitId(), target, r.agencyReference(), r.referredBy(),
					r.referredAt(), r.acceptDueAt(), r.acceptedAt());
		}
		String regionName = divisions.lineage(r.regionCode()).stream()
			.filter(d -> d.level() != DivisionLevel.PROVINCE)
			.map(Division::name)
			.collect(Collectors.joining());
		return new Complaint(new ComplaintId(r.id()), r.unitId(), unitName(r.unitId()), r.recordedBy(), r.receivedOn(),
				r.complainantName(), maskPhone(personalData.decrypt(r.phoneEncrypted())), r.consultationId(), r.employerName(),
				r.employerCreditCode(), r.projectName(), r.regionCode(), regionName.isEmpty() ? r.regionCode() : regionName,
				r.countyCode(), r.workers(), r.amountOwed(), r.owedFrom(), r.owedTo(), r.description(), r.status(), referral,
				r.resultNote(), r.closedAt(), r.createdAt(), r.updatedAt(), r.version());
	}

	/** The name of a unit on either side of a complaint: the other side may lie outside the actor's subtree. */
	private String unitName(long unitId) {
		return network.find(unitId, Actor.SYSTEM).map(ServiceUnit::name).orElse(Long.toString(unitId));
	}

	/** A mobile number keeps its first 3 and last 4 digits; a shorter one is hidden. */
	static String maskPhone(String phone) {
		String p = phone.replace(" ", "").strip();
		return p.length() <= 7 ? "****" : p.substring(0, 3) + "****" + p.substring(p.length() - 4);
	}
}
