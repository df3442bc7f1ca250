package org.legalaid.objections;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.legalaid.casework.CaseId;
import org.legalaid.casework.CaseLifecycle;
import org.legalaid.casework.Cases;
import org.legalaid.deadlines.Deadlines;
import org.legalaid.documents.IssuedDocument;
import org.legalaid.intake.ApplicationId;
import org.legalaid.intake.ApplicationStatus;
import org.legalaid.intake.ApplicationSummary;
import org.legalaid.intake.Applications;
import org.legalaid.intake.Reviews;
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
import org.legalaid.shared.PlainText;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.Role;
import org.legalaid.shared.RuleViolation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections to refusals and terminations (LAL art. 49, legal-aid-rules.md §7.2). Centre staff record the
 * applicant's objection against a refused application, or the recipient's against the termination of a case; the
 * justice department that set up the centre (a bureau administrator whose scope covers the record) reviews it within
 * five days of receipt (D15) and either upholds the decision or orders the centre to correct it, in which case the
 * application is reviewed again or the termination is revoked. Each decision is issued in writing.
 *
 * <p>The law sets no time limit for lodging an objection (D16); some local guides say seven working days from
 * receiving the refusal. The platform records the dates and does not refuse a late objection.
 */
@Service
public class Objections {

	static final String RECORD = "objection";
	/** Who may record an objection and read the objections in their scope. */
	static final Set<Role> STAFF = Set.copyOf(EnumSet.of(Role.WINDOW_CLERK, Role.REVIEWER, Role.DIRECTOR, Role.BUREAU_ADMIN));
	/** Who decides: the justice department. */
	static final Set<Role> DECIDERS = Set.of(Role.BUREAU_ADMIN);
	static final int MAX_STATEMENT = 4000;
	static final int MAX_REASONS = 2000;

	private final ObjectionRepository objections;
	private final Applications applications;
	private final Reviews reviews;
	private final Deadlines deadlines;
	private final ServiceNetwork network;
	private final DecisionLetters letters;
	private final Cases cases;
	private final CaseLifecycle lifecycle;
	private final PersonalData personalData;
	private final CurrentActor actors;
	private final AuditLog audit;
	private final Clock clock;

	Objections(ObjectionRepository objections, Applications applications, Reviews reviews, Deadlines deadlines,
			ServiceNetwork network, DecisionLetters letters, Cases cases, CaseLifecycle lifecycle, PersonalData personalData,
			CurrentActor actors, AuditLog audit, Clock clock) {
		this.cases = cases;
		this.lifecycle = lifecycle;
		this.objections = objections;
		this.applications = applications;
		this.reviews = reviews;
		this.deadlines = deadlines;
		this.network = network;
		this.letters = letters;
		this.personalData = personalData;
		this.actors = actors;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records the applicant's objection against a refused application in the actor's scope and starts the
	 * department's review period (D15) from the day it was received.
	 */
	@Transactional
	public ObjectionId lodge(ApplicationId applicationId, ObjectionDraft draft) {
		Actor actor = requireStaff();
		ApplicationSummary application = applications.get(applicationId);
		if (application.status() != ApplicationStatus.REFUSED) {
			throw new RuleViolation(null, "objection.error.notRefused");
		}
		if (objections.hasOpenObjection(applicationId)) {
			throw new RuleViolation(null, "objection.error.alreadyOpen");
		}
		String statement = statement(draft);
		OffsetDateTime now = OffsetDateTime.now(clock);
		OffsetDateTime lodgedAt = receivedAt(draft, now,
				application.receivedAt().atZoneSameInstant(clock.getZone()).toLocalDate());
		Applications.ApplicationScope scope = applications.scopeOf(applicationId);
		long id;
		try {
			id = objections.insert(new ObjectionRepository.NewObjection(ObjectedDecision.REFUSAL, applicationId, null,
					application.number(),
					application.applicantName(), scope.unitPath(), scope.centreId(), scope.regionCode(), lodgedAt, now,
					actor.username(), personalData.encrypt(statement)));
		}
		catch (DuplicateKeyException e) {
			throw new RuleViolation(null, "objection.error.alreadyOpen");
		}
		startReview(id, scope.unitPath(), scope.regionCode(), lodgedAt);
		audit.record(AuditAction.CREATE, RECORD, id, "objection to the refusal of " + application.number());
		return new ObjectionId(id);
	}

	/**
	 * Records the recipient's objection against the termination of a case in the actor's scope (LAL art. 49) and
	 * starts the department's review period (D15) from the day it was received.
	 */
	@Transactional
	public ObjectionId lodgeAgainstTermination(CaseId caseId, ObjectionDraft draft) {
		Actor actor = requireStaff();
		Cases.Termination termination = cases.termination(caseId)
			.orElseThrow(() -> new RuleViolation(null, "objection.error.notTerminated"));
		if (objections.hasOpenObjectionToTermination(caseId.value())) {
			throw new RuleViolation(null, "objection.error.alreadyOpen");
		}
		String statement = statement(draft);
		OffsetDateTime now = OffsetDateTime.now(clock);
		OffsetDateTime lodgedAt = receivedAt(draft, now, termination.terminatedOn());
		long id;
		try {
			id = objections.insert(new ObjectionRepository.NewObjection(ObjectedDecision.TERMINATION,
					termination.applicationId() == null ? null : new ApplicationId(termination.applicationId()), caseId.value(),
					termination.caseNumber(), termination.recipientName(), termination.unitPath(), termination.centreId(),
					termination.regionCode(), lodgedAt, now, actor.username(), personalData.encrypt(statement)));
		}
		catch (DuplicateKeyException e) {
			throw new RuleViolation(null, "objection.error.alreadyOpen");
		}
		startReview(id, termination.unitPath(), termination.regionCode(), lodgedAt);
		audit.record(AuditAction.CREATE, RECORD, id, "objection to the termination of " + termination.caseNumber());
		return new ObjectionId(id);
	}

	/** The objections lodged against the termination of one case, newest first. */
	@Transactional(readOnly = true)
	public List<Objection> forCase(CaseId caseId) {
		requireStaff();
		cases.get(caseId);
		return objections.forCase(caseId.value());
	}

	private static String statement(ObjectionDraft draft) {
		String statement = draft == null || draft.statement() == null ? "" : draft.statement().strip();
		if (statement.isEmpty()) {
			throw new RuleViolation("statement", "objection.error.statement.required");
		}
		if (statement.length() > MAX_STATEMENT || !PlainText.isPlain(statement)) {
			throw new RuleViolation("statement", "objection.error.statement.invalid", MAX_STATEMENT);
		}
		return statement;
	}

	/** When the objection was received: now, or the start of an earlier day given in the draft. */
	private OffsetDateTime receivedAt(ObjectionDraft draft, OffsetDateTime now, LocalDate decidedOn) {
		LocalDate receivedOn = draft.receivedOn();
		if (receivedOn == null) {
			return now;
		}
		if (receivedOn.isAfter(now.toLocalDate())) {
			throw new RuleViolation("receivedOn", "objection.error.receivedOn.future");
		}
		if (receivedOn.isBefore(decidedOn)) {
			throw new RuleViolation("receivedOn", "objection.error.receivedOn.beforeApplication");
		}
		return receivedOn.equals(now.toLocalDate()) ? now : receivedOn.atStartOfDay(clock.getZone()).toOffsetDateTime();
	}

	private void startReview(long id, String unitPath, String regionCode, OffsetDateTime lodgedAt) {
		long timer = deadlines.track(RECORD, Long.toString(id), unitPath, regionCode, "D15", lodgedAt.toInstant());
		objections.setReviewTimer(id, timer, deadlines.timer(timer).dueAt().atZone(clock.getZone()).toOffsetDateTime());
	}

	/** {@link #decide(ObjectionId, ObjectionOutcome, String, Integer)} on the objection as it stands. */
	@Transactional
	public IssuedDocument decide(ObjectionId id, ObjectionOutcome outcome, String reasons) {
		return decide(id, outcome, reasons, null);
	}

	/**
	 * The justice department decides: the refusal is upheld, or the centre is ordered to correct it and the
	 * application goes back to review. Issues the written decision and ends the review period. With
	 * {@code expectedVersion}, a decision on an objection changed since it was read is refused.
	 */
	@Transactional
	public IssuedDocument decide(ObjectionId id, ObjectionOutcome outcome, String reasons, Integer expectedVersion) {
		Actor actor = actors.require();
		if (!actor.hasAny(DECIDERS)) {
			throw new AccessRefused("deciding objections needs the justice department (BUREAU_ADMIN)");
		}
		ObjectionRepository.Stored stored = stored(id);
		Objection objection = stored.objection();
		if (expectedVersion != null && expectedVersion != objection.version()) {
			throw new ConcurrentChange(RECORD, id.value());
		}
		if (!objection.status().isOpen()) {
			throw new RuleViolation(null, "objection.error.decided");
		}
		if (outcome == null) {
			throw new RuleViolation("outcome", "objection.error.outcome.required");
		}
		String text = reasons == null ? "" : reasons.strip();
		if (text.isEmpty()) {
			throw new RuleViolation("reasons", "objection.error.reasons.required");
		}
		if (text.length() > MAX_REASONS || !PlainText.isPlain(text)) {
			throw new RuleViolation("reasons", "objection.error.reasons.invalid", MAX_REASONS);
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (!objections.decide(id.value(), objection.version(), outcome.status(), now, actor.username(), text)) {
			throw new ConcurrentChange(RECORD, id.value());
		}
		if (outcome == ObjectionOutcome.ORDER_CORRECTION) {
			String why = "objection " + id + ": correction ordered by the justice department";
			if (objection.against() == ObjectedDecision.TERMINATION) {
				lifecycle.revokeTermination(new CaseId(objection.caseId()), why);
			}
			else {
				reviews.reopen(objection.applicationId(), why);
			}
		}
		if (stored.reviewTimerId() != null) {
			deadlines.complete(stored.reviewTimerId(), now.toInstant());
		}
		ServiceUnit centre = network.find(objection.centreId(), Actor.SYSTEM)
			.orElseThrow(() -> new IllegalStateException("centre " + objection.centreId() + " not found"));
		IssuedDocument document = letters.issue(objection, outcome, text, centre);
		objections.setDecisionDocument(id.value(), document.id());
		audit.record(AuditAction.UPDATE, RECORD, id.value(), "LODGED -> " + outcome.status() + " " + document.number());
		return document;
	}

	/** The objections in the actor's scope: undecided first, by review deadline. */
	@Transactional(readOnly = true)
	public Page<Objection> list(boolean openOnly, PageRequest page) {
		requireStaff();
		return objections.list(openOnly, page);
	}

	/** One objection in the actor's scope; one outside it is not found. */
	@Transactional(readOnly = true)
	public Objection get(ObjectionId id) {
		requireStaff();
		return stored(id).objection();
	}

	/** The objections lodged against one application, newest first. */
	@Transactional(readOnly = true)
	public List<Objection> forApplication(ApplicationId applicationId) {
		requireStaff();
		applications.get(applicationId);
		return objections.forApplication(applicationId);
	}

	/** The applicant's statement in full: personal facts, so a separate audited action. */
	@Transactional
	public String revealStatement(ObjectionId id) {
		requireStaff();
		String statement = personalData.decrypt(objections.statementEncrypted(id.value())
			.orElseThrow(() -> new RecordNotFound(RECORD, id.value())));
		audit.record(AuditAction.REVEAL_PERSONAL_DATA, RECORD, id.value(), "statement");
		return statement;
	}

	private ObjectionRepository.Stored stored(ObjectionId id) {
		return objections.find(id.value()).orElseThrow(() -> new RecordNotFound(RECORD, id.value()));
	}

	private Actor requireStaff() {
		Actor actor = actors.require();
		if (!actor.hasAny(STAFF)) {
			throw new AccessRefused("objections need one of " + STAFF);
		}
		return actor;
	}

}
