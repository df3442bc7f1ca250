package org.legalaid.wages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.legalaid.deadlines.DeadlineTimer;
import org.legalaid.deadlines.Deadlines;
import org.legalaid.shared.Actor;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.ConcurrentChange;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.Role;
import org.legalaid.shared.RuleViolation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervision (督办) of referred complaints. A director or bureau administrator whose scope covers the recording unit
 * opens a round with an instruction; the reply is due by rule W1, a deadlines timer whose due-soon and overdue alerts
 * are the reminders. Replies and progress reports are recorded by the staff who see the complaint (the receiving
 * centre among them); the first one meets the reply deadline. A new round supersedes the open one (its deadline no
 * longer applies); closing the complaint closes the open round.
 */
@Service
public class Supervisions {

	static final String RECORD = "wages_supervision";
	static final String RULE = "W1";
	/** Who supervises: directors and bureau administrators. */
	public static final Set<Role> SUPERVISORS = Set.copyOf(EnumSet.of(Role.DIRECTOR, Role.BUREAU_ADMIN));
	static final int MAX_INSTRUCTION = 1000;
	static final int MAX_REPORT = 2000;

	private final Complaints complaints;
	private final SupervisionRepository supervisions;
	private final Deadlines deadlines;
	private final CurrentActor actors;
	private final AuditLog audit;
	private final Clock clock;

	Supervisions(Complaints complaints, SupervisionRepository supervisions, Deadlines deadlines, CurrentActor actors,
			AuditLog audit, Clock clock) {
		this.complaints = complaints;
		this.supervisions = supervisions;
		this.deadlines = deadlines;
		this.actors = actors;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Opens a supervision round on a referred or accepted complaint, superseding an open one. The reply deadline runs
	 * from now, or from the start of the day a paper supervision letter was issued ({@code issuedOn}, not in the
	 * future nor before the complaint was received).
	 */
	@Transactional
	public SupervisionId open(ComplaintId complaintId, SupervisionDraft draft) {
		Actor actor = complaints.require(SUPERVISORS);
		ComplaintRepository.Row complaint = complaints.held(complaintId);
		if (!actor.covers(complaint.unitPath())) {
			throw new RuleViolation(null, "wages.supervision.error.notSupervisor");
		}
		if (!complaint.status().isReferred()) {
			throw new RuleViolation(null, "wages.supervision.error.notReferred", StatusNames.of(complaint.status()));
		}
		String instruction = Texts.required("instruction", draft == null ? null : draft.instruction(), MAX_INSTRUCTION,
				"wages.supervision.error.instruction.required");
		OffsetDateTime now = OffsetDateTime.now(clock);
		LocalDate today = now.toLocalDate();
		LocalDate issued = draft.issuedOn() == null ? today : draft.issuedOn();
		if (issued.isAfter(today)) {
			throw new RuleViolation("issuedOn", "wages.supervision.error.issuedOn.future");
		}
		if (issued.isBefore(complaint.receivedOn())) {
			throw new RuleViolation("issuedOn", "wages.supervision.error.issuedOn.beforeReceived", complaint.receivedOn());
		}
		OffsetDateTime start = issued.equals(today) ? now : issued.atStartOfDay(clock.getZone()).toOffsetDateTime();
		for (SupervisionRepository.Round open : supervisions.open(complaint.id())) {
			supervisions.end(open.id(), SupervisionStatus.SUPERSEDED, now);
			if (open.answeredAt() == null && open.timerId() != null) {
				deadlines.cancel(open.timerId());
			}
		}
		long id;
		try {
			id = supervisions.insert(complaint.id(), supervisions.lastRound(complaint.id()) + 1, instruction, issued,
					actor.username(), now);
		}
		catch (DuplicateKeyException e) {
			throw new ConcurrentChange(RECORD, complaintId.value());
		}
		long timerId = deadlines.track(RECORD, Long.toString(id), complaint.unitPath(), complaint.regionCode(), RULE, start.toInstant());
		DeadlineTimer timer = deadlines.timer(timerId);
		supervisions.setTimer(id, timerId, timer.dueAt().atZone(clock.getZone()).toOffsetDateTime(),
				timer.dueSoonAt().atZone(clock.getZone()).toOffsetDateTime());
		audit.record(AuditAction.CREATE, RECORD, id, "complaint " + complaintId + " due " + timer.dueAt());
		return new SupervisionId(id);
	}

	/**
	 * Records a reply or progress report on an open round, with the time and the actor; the first report of the round
	 * meets its reply deadline.
	 */
	@Transactional
	public void report(SupervisionId id, String text) {
		Actor actor = complaints.require(Complaints.READERS);
		SupervisionRepository.Round round = supervisions.find(id.value()).orElseThrow(() -> new RecordNotFound(RECORD, id.value()));
		if (round.status() != SupervisionStatus.OPEN) {
			throw new RuleViolation("text", "wages.supervision.error.closed");
		}
		String body = Texts.required("text", text, MAX_REPORT, "wages.supervision.error.report.required");
		OffsetDateTime now = OffsetDateTime.now(clock);
		supervisions.report(round.id(), now, actor.username(), body);
		if (supervisions.answer(round.id(), now) && round.timerId() != null) {
			// the receiving centre replies, and the timer belongs to the recording unit: the platform meets it
			actors.callAsSystem(() -> deadlines.complete(round.timerId(), now.toInstant()));
		}
		audit.record(AuditAction.UPDATE, RECORD, id.value(), "report");
	}

	/** The supervision rounds of a complaint in scope, with their reports, first round first. */
	@Transactional(readOnly = true)
	public List<Supervision> forComplaint(ComplaintId complaintId) {
		complaints.require(Complaints.READERS);
		complaints.row(complaintId);
		return supervisions.forComplaint(complaintId.value());
	}
}
