package org.legalaid.casework;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.legalaid.assignment.LawyerAssigned;
import org.legalaid.deadlines.Deadlines;
import org.legalaid.documents.IssuedDocument;
import org.legalaid.network.ServiceNetwork;
import org.legalaid.network.ServiceUnit;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.Actor;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.ConcurrentChange;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.Role;
import org.legalaid.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way a case changes state: each public method is one move of {@link CaseTransition}, checked against the
 * table (a move not allowed from the current state is refused with the reason), recorded with who, when and why,
 * meeting, cancelling and starting the deadlines the table names, and published as {@link CaseTransitioned}.
 */
@Service
public class CaseLifecycle {

	static final int MAX_TEXT = 2000;
	static final int MAX_REPORT = 4000;

	private final CaseRepository cases;
	private final CaseAccess access;
	private final Deadlines deadlines;
	private final TerminationLetters letters;
	private final ServiceNetwork network;
	private final AssignmentHandover handover;
	private final ApplicationEventPublisher events;
	private final CurrentActor actors;
	private final AuditLog audit;
	private final Clock clock;

	CaseLifecycle(CaseRepository cases, CaseAccess access, Deadlines deadlines, TerminationLetters letters,
			ServiceNetwork network, AssignmentHandover handover, ApplicationEventPublisher events,
			CurrentActor actors, AuditLog audit, Clock clock) {
		this.cases = cases;
		this.access = access;
		this.deadlines = deadlines;
		this.letters = letters;
		this.network = network;
		this.handover = handover;
		this.events = events;
		this.actors = actors;
		this.audit = audit;
		this.clock = clock;
	}

	/** The moves the actor may make on the case now: what the case page offers. */
	public List<CaseTransition> allowedMoves(AidCase c) {
		Actor actor = access.actor();
		return CaseTransition.from(c.status()).stream().filter(t -> t.party() != CaseTransition.Party.SYSTEM)
			.filter(t -> t != CaseTransition.BEGIN)
			.filter(t -> {
				try {
					access.requireParty(actor, c, t);
					return true;
				}
				catch (AccessRefused e) {
					return false;
				}
			})
			.toList();
	}

	/** The provider signed the entrustment agreement and power of attorney with the recipient (meets D8). */
	@Transactional
	public void engage(CaseId id, int version, String note) {
		AidCase c = lawyerCase(id, version, CaseTransition.ENGAGE);
		apply(c, CaseTransition.ENGAGE, CaseStatus.ENGAGED, access.actor(), text("note", note, false), null);
	}

	/** The matter ended: the closing date and the outcome; the closing materials are due within 30 days (D20). */
	@Transactional
	public void conclude(CaseId id, int version, OutcomeDraft draft) {
		AidCase c = lawyerCase(id, version, CaseTransition.CONCLUDE);
		if (draft == null || draft.closingDate() == null) {
			throw new RuleViolation("closingDate", "casework.error.closingDate.required");
		}
		LocalDate today = LocalDate.now(clock);
		if (draft.closingDate().isAfter(today)) {
			throw new RuleViolation("closingDate", "casework.error.closingDate.future");
		}
		if (draft.closingDate().isBefore(c.openedAt().atZoneSameInstant(clock.getZone()).toLocalDate())) {
			throw new RuleViolation("closingDate", "casework.error.closingDate.beforeOpening");
		}
		if (draft.resultType() == null) {
			throw new RuleViolation("resultType", "casework.error.resultType.required");
		}
		BigDecimal awarded = amount("amountAwarded", draft.amountAwarded());
		BigDecimal recovered = amount("amountRecovered", draft.amountRecovered());
		int persons = draft.personsAssisted() == null ? 1 : draft.personsAssisted();
		if (persons < 1 || persons > 100_000) {
			throw new RuleViolation("personsAssisted", "casework.error.personsAssisted");
		}
		String summary = text("summary", draft.summary(), false);
		cases.setOutcome(c.id().value(), draft.closingDate(), draft.resultType(), awarded, recovered, persons, summary);
		Instant closing = draft.closingDate().atStartOfDay(clock.getZone()).toInstant();
		apply(c, CaseTransition.CONCLUDE, CaseStatus.CONCLUDED, access.actor(), summary, closing);
		handover.caseEnded(c.subject());
	}

	/**
	 * The centre terminates the aid on a ground of LAL art. 48 and notifies it in writing; the recipient may object
	 * (art. 49). The provider hands in the closing materials of the work done (D20).
	 */
	@Transactional
	public IssuedDocument terminate(CaseId id, int version, String groundCode, String reasons) {
		Actor actor = access.actor();
		AidCase c = access.readable(id);
		checkVersion(c, version);
		access.requireParty(actor, c, CaseTransition.TERMINATE);
		return terminate(c, actor, groundCode, text("reasons", reasons, true));
	}

	/** Terminates on ground T1 when a false integrity commitment was found (eligibility's event), as the system. */
	void terminateForFalseCommitment(AidCase c, String ground, String reasons) {
		if (!CaseTransition.TERMINATE.allowedFrom(c.status())) {
			return;
		}
		terminate(c, Actor.SYSTEM, ground, reasons);
	}

	private IssuedDocument terminate(AidCase c, Actor actor, String groundCode, String reasons) {
		allowed(c, CaseTransition.TERMINATE);
		TerminationGround ground = cases.ground(groundCode == null ? "" : groundCode)
			.orElseThrow(() -> new RuleViolation("ground", "casework.error.ground.required"));
		LocalDate today = LocalDate.now(clock);
		cases.setTermination(c.id().value(), ground.code(), reasons, c.status(), today);
		apply(c, CaseTransition.TERMINATE, CaseStatus.TERMINATED, actor, ground.code() + " " + reasons, null);
		ServiceUnit centre = network.get(c.centreId());
		IssuedDocument letter = letters.issue(c, ground, reasons, centre);
		cases.setTerminationDocument(c.id().value(), letter.id());
		handover.caseEnded(c.subject());
		return letter;
	}

	/**
	 * The justice department ordered the centre to correct the termination (LAL art. 49): the case returns to the
	 * state it was terminated in.
	 */
	@Transactional
	public void revokeTermination(CaseId id, String reason) {
		if (!access.actor().has(Role.BUREAU_ADMIN)) {
			throw new AccessRefused("a termination is revoked on the order of the justice department (BUREAU_ADMIN)");
		}
		AidCase c = access.readable(id);
		allowed(c, CaseTransition.REVOKE_TERMINATION);
		CaseStatus back = cases.terminatedFrom(c.id().value()).orElse(CaseStatus.IN_PROGRESS);
		cases.clearTermination(c.id().value());
		apply(c, CaseTransition.REVOKE_TERMINATION, back, actors.require(), text("reason", reason, true), null);
		handover.resumed(c.subject());
	}

	/**
	 * The provider withdraws, or the director replaces them (a recipient's request under LAL art. 55, or the provider
	 * cannot continue): the case goes back to assignment with the reason.
	 */
	@Transactional
	public void withdraw(CaseId id, int version, String reason) {
		Actor actor = access.actor();
		AidCase c = access.readable(id);
		checkVersion(c, version);
		access.requireParty(actor, c, CaseTransition.WITHDRAW);
		withdraw(c, actor, text("reason", reason, true));
	}

	void withdraw(AidCase c, Actor actor, String reason) {
		apply(c, CaseTransition.WITHDRAW, CaseStatus.REASSIGNING, actor, reason, null);
		handover.reopen(c.subject(), reason);
	}

	/** The provider hands in the closing materials and the handling report (LAL art. 50); the review is due (D21). */
	@Transactional
	public void submitClosing(CaseId id, int version, Set<ClosingItem> items, String handlingReport) {
		AidCase c = lawyerCase(id, version, CaseTransition.SUBMIT_CLOSING);
		Set<ClosingItem> given = items == null ? Set.of() : items;
		List<ClosingItem> missing = java.util.Arrays.stream(ClosingItem.values())
			.filter(i -> i.requiredFor(c.terminated()) && !given.contains(i)).toList();
		if (!missing.isEmpty()) {
			throw new RuleViolation("items", "casework.error.closing.missing", missing.size());
		}
		String report = text("handlingReport", handlingReport, true, MAX_REPORT);
		cases.setClosing(c.id().value(), report, given.stream().sorted().toList());
		apply(c, CaseTransition.SUBMIT_CLOSING, CaseStatus.CLOSING_SUBMITTED, access.actor(), null, null);
	}

	/** The centre returns incomplete closing materials to the provider with the reasons. */
	@Transactional
	public void returnClosing(CaseId id, int version, String reasons) {
		Actor actor = access.actor();
		AidCase c = access.readable(id);
		checkVersion(c, version);
		access.requireParty(actor, c, CaseTransition.RETURN_CLOSING);
		String why = text("reasons", reasons, true);
		apply(c, CaseTransition.RETURN_CLOSING, c.terminated() ? CaseStatus.TERMINATED : CaseStatus.CONCLUDED, actor, why, null);
	}

	/** The centre accepts the closing materials and archives the file under its archive number. */
	@Transactional
	public void acceptClosing(CaseId id, int version, String archiveNumber, String note) {
		Actor actor = access.actor();
		AidCase c = access.readable(id);
		checkVersion(c, version);
		access.requireParty(actor, c, CaseTransition.ACCEPT_CLOSING);
		allowed(c, CaseTransition.ACCEPT_CLOSING);
		String number = archiveNumber == null ? "" : archiveNumber.strip();
		if (!number.matches("[\\p{IsHan}A-Za-z0-9〔〕()（）\\-]{1,40}")) {
			throw new RuleViolation("archiveNumber", "casework.error.archiveNumber");
		}
		if (cases.archiveNumberTaken(number)) {
			throw new RuleViolation("archiveNumber", "casework.error.archiveNumber.taken");
		}
		cases.setArchiveNumber(c.id().value(), number);
		String why = text("note", note, false);
		apply(c, CaseTransition.ACCEPT_CLOSING, CaseStatus.ARCHIVED, actor, why == null ? number : number + " " + why, null);
	}

	/** Opens the case of a subject whose provider accepted it (as the listener does, in the accepting transaction). */
	long open(LawyerAssigned assigned, String number, String recipientName) {
		long id = cases.insert(new CaseRepository.NewCase(number, assigned.subject(), recipientName, assigned.assignmentId(),
				assigned.providerId(), assigned.providerName(), assigned.providerAccount(), assigned.organisationId(),
				assigned.organisationName(), assigned.centreId(), assigned.unitPath(), assigned.regionCode(),
				assigned.matterCode(), assigned.acceptedAt()));
		AidCase c = cases.find(id, Actor.SYSTEM).orElseThrow();
		record(c, CaseTransition.OPEN, null, CaseStatus.ASSIGNED, Actor.SYSTEM, assigned.providerName(),
				assigned.acceptedAt().toInstant());
		return id;
	}

	/** A new provider accepted the case: the same case changes lawyer, and the agreement is due again. */
	void reassign(AidCase c, LawyerAssigned assigned) {
		allowed(c, CaseTransition.REASSIGN);
		cases.changeProvider(c.id().value(), assigned.assignmentId(), assigned.providerId(), assigned.providerName(),
				assigned.providerAccount(), assigned.organisationId(), assigned.organisationName());
		apply(c, CaseTransition.REASSIGN, CaseStatus.ASSIGNED, Actor.SYSTEM,
				c.providerName() + " -> " + assigned.providerName(), assigned.acceptedAt().toInstant());
	}

	/** The first work logged on an engaged case puts it in progress. */
	void begin(AidCase c, Actor actor, String reason) {
		apply(c, CaseTransition.BEGIN, CaseStatus.IN_PROGRESS, actor, reason, null);
	}

	private AidCase lawyerCase(CaseId id, int version, CaseTransition transition) {
		Actor actor = access.actor();
		AidCase c = access.readable(id);
		checkVersion(c, version);
		access.requireParty(actor, c, transition);
		allowed(c, transition);
		return c;
	}

	private static void checkVersion(AidCase c, int version) {
		if (c.version() != version) {
			throw new ConcurrentChange(CaseAccess.RECORD, c.id().value());
		}
	}

	/** Refuses a move the table does not allow from the case's state, naming both. */
	static void allowed(AidCase c, CaseTransition transition) {
		if (!transition.allowedFrom(c.status())) {
			throw new RuleViolation(null, "casework.error.transition",
					new DefaultMessageSourceResolvable(transition.messageKey()),
					new DefaultMessageSourceResolvable(c.status().messageKey()));
		}
	}

	private void apply(AidCase c, CaseTransition transition, CaseStatus to, Actor actor, String reason, Instant start) {
		allowed(c, transition);
		if (!cases.move(c.id().value(), c.version(), c.status(), to)) {
			throw new ConcurrentChange(CaseAccess.RECORD, c.id().value());
		}
		record(c, transition, c.status(), to, actor, reason, start == null ? clock.instant() : start);
	}

	private void record(AidCase c, CaseTransition transition, CaseStatus from, CaseStatus to, Actor actor, String reason,
			Instant deadlineStart) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		cases.insertTransition(c.id().value(), transition, from, to, now, actor.username(), reason);
		actors.runAsSystem(() -> {
			transition.meets().forEach(rule -> cases.openTimers(c.id().value(), List.of(rule)).forEach(timer -> {
				deadlines.complete(timer, now.toInstant());
				cases.closeTimer(timer);
			}));
			cases.openTimers(c.id().value(), transition.cancels()).forEach(timer -> {
				deadlines.cancel(timer);
				cases.closeTimer(timer);
			});
			for (String rule : transition.starts()) {
				long timer = deadlines.track(CaseAccess.RECORD, c.id().toString(), c.unitPath(), c.regionCode(), rule, deadlineStart);
				cases.trackDeadline(c.id().value(), rule, timer,
						deadlines.timer(timer).dueAt().atZone(clock.getZone()).toOffsetDateTime());
			}
		});
		audit.record(from == null ? AuditAction.CREATE : AuditAction.UPDATE, CaseAccess.RECORD, c.id().value(),
				transition + ": " + (from == null ? "" : from + " -> ") + to);
		events.publishEvent(new CaseTransitioned(c.id(), c.number(), c.subject(), transition, from, to, now,
				actor.username(), reason, c.unitPath(), c.regionCode(), c.matterCode()));
	}

	/** Meets the first-meeting deadline (D22) when the first meeting is logged. */
	void metRecipient(AidCase c, Instant at) {
		actors.runAsSystem(() -> cases.openTimers(c.id().value(), List.of("D22")).forEach(timer -> {
			deadlines.complete(timer, at);
			cases.closeTimer(timer);
		}));
	}

	private static BigDecimal amount(String field, BigDecimal value) {
		if (value == null) {
			return null;
		}
		if (value.signum() < 0 || value.scale() > 2 || value.compareTo(new BigDecimal("999999999999.99")) > 0) {
			throw new RuleViolation(field, "casework.error.amount");
		}
		return value;
	}

	/** Plain text of at most {@link #MAX_TEXT} characters; null when optional and blank. */
	static String text(String field, String value, boolean required) {
		return text(field, value, required, MAX_TEXT);
	}

	/** Plain text of at most {@code max} characters (see {@link PlainText}); null when optional and blank. */
	static String text(String field, String value, boolean required, int max) {
		String s = PlainText.clean(field, value, max, "casework.error.text");
		if (s == null && required) {
			throw new RuleViolation(field, "casework.error.required");
		}
		return s;
	}
}
