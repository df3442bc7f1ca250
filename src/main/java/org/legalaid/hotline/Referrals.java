package org.legalaid.hotline;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;

import org.legalaid.network.ServiceNetwork;
import org.legalaid.network.ServiceUnit;
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
import org.legalaid.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals of consultations to a centre's intake (the centre registers an application pre-filled from the
 * consultation), to another legal-aid centre (cross-region) or to another hotline, with the receiving side's
 * reference, tracked to a result. A referral belongs to the referring consultation's unit: that unit and the units
 * above it see and update it; the receiving centre's subtree does too.
 *
 * <p>The law sets no period for a referral's result; the platform follows it up after {@link #FOLLOW_UP} (a local
 * default, shown as the due date).
 */
@Service
public class Referrals {

	static final String RECORD = "referral";
	static final Period FOLLOW_UP = Period.ofDays(7);
	static final int MAX_REFERENCE = 60;

	private final ReferralRepository referrals;
	private final Consultations consultations;
	private final ConsultationRepository consultationRows;
	private final ServiceNetwork network;
	private final PersonalData personalData;
	private final CurrentActor actors;
	private final AuditLog audit;
	private final Clock clock;

	Referrals(ReferralRepository referrals, Consultations consultations, ConsultationRepository consultationRows,
			ServiceNetwork network, PersonalData personalData, CurrentActor actors, AuditLog audit, Clock clock) {
		this.actors = actors;
		this.referrals = referrals;
		this.consultations = consultations;
		this.consultationRows = consultationRows;
		this.network = network;
		this.personalData = personalData;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Refers a consultation in the actor's scope to a centre's intake, to another centre or to another hotline, with
	 * their reference if known. Intake may be the consultation's own centre; another centre may not.
	 */
	@Transactional
	public ReferralId refer(ConsultationId consultationId, ReferralTarget target, String reference) {
		Actor actor = consultations.requireStaff();
		Consultation consultation = consultations.get(consultationId);
		String path = network.find(consultation.unitId(), Actor.SYSTEM).orElseThrow().path();
		if (target == null || target.kind() == null) {
			throw new RuleViolation("target", "hotline.referral.error.target.required");
		}
		ReferralTarget checked;
		String targetPath = null;
		if (target.kind().isUnit()) {
			ServiceUnit unit = target.unitId() == null ? null : centre(target.unitId());
			if (unit == null || !unit.isCentre() || !unit.active()) {
				throw new RuleViolation("target", "hotline.referral.error.centre");
			}
			if (target.kind() == ReferralTarget.Kind.CENTRE && unit.id() == consultation.unitId()) {
				throw new RuleViolation("target", "hotline.referral.error.sameUnit");
			}
			checked = new ReferralTarget(target.kind(), unit.id(), null);
			targetPath = unit.path();
		}
		else {
			String number = PlainText.blankToNull(target.hotline());
			if (number == null || !ReferralTarget.HOTLINES.contains(number)) {
				throw new RuleViolation("target", "hotline.referral.error.hotline");
			}
			checked = ReferralTarget.hotline(number);
		}
		String ref = PlainText.blankToNull(reference);
		Consultations.requirePlain("reference", ref, MAX_REFERENCE);
		OffsetDateTime now = OffsetDateTime.now(clock);
		long id = referrals.insert(consultationId.value(), path, checked, targetPath, ref, actor.username(), now, now.plus(FOLLOW_UP));
		audit.record(AuditAction.CREATE, RECORD, id, "consultation " + consultationId + " -> " + describe(checked));
		return new ReferralId(id);
	}

	/**
	 * Moves a referral on (REFERRED → ACCEPTED → RESOLVED, or RETURNED by the receiving side); a result note is needed
	 * to resolve or return it. A move the status does not allow is refused with the allowed ones.
	 */
	@Transactional
	public Referral update(ReferralId id, ReferralStatus status, String note) {
		consultations.requireStaff();
		return move(get(id), status, note, null);
	}

	private Referral move(Referral referral, ReferralStatus status, String note, String reference) {
		if (status == null) {
			throw new RuleViolation("status", "hotline.referral.error.status.required");
		}
		if (!referral.status().next().contains(status)) {
			throw new RuleViolation("status", "hotline.referral.error.transition", referral.status().name(), status.name());
		}
		String text = PlainText.blankToNull(note);
		Consultations.requirePlain("note", text, Consultations.MAX_NOTE);
		if ((status == ReferralStatus.RESOLVED || status == ReferralStatus.RETURNED) && text == null && reference == null) {
			throw new RuleViolation("note", "hotline.referral.error.note.required");
		}
		long id = referral.id().value();
		if (!referrals.update(id, referral.version(), referral.status(), status, text, reference, OffsetDateTime.now(clock))) {
			throw new ConcurrentChange(RECORD, id);
		}
		audit.record(AuditAction.UPDATE, RECORD, id, referral.status() + " -> " + status + (reference == null ? "" : " " + reference));
		return find(referral.id());
	}

	/**
	 * What a referral to intake hands over, for the receiving centre to pre-fill an application. Only a referral to
	 * intake still waiting to be registered; reading the caller's phone and question is audited.
	 */
	@Transactional
	public IntakeReferral forIntake(ReferralId id) {
		Referral referral = waitingForIntake(id);
		ConsultationRepository.Handover handover = consultationRows.handover(referral.consultationId().value())
			.orElseThrow(() -> new RecordNotFound(Consultations.RECORD, referral.consultationId().value()));
		Consultation c = handover.consultation();
		audit.record(AuditAction.REVEAL_PERSONAL_DATA, Consultations.RECORD, c.id().value(),
				"phone and question handed over by referral " + id + " to intake");
		return new IntakeReferral(id, c.id(), referral.target().unitId(), c.channel(), c.topicCode(), c.callerName(),
				personalData.decrypt(handover.phoneEncrypted()), c.callerGroups(),
				personalData.decrypt(handover.questionEncrypted()), c.answerSummary(), referral.referredBy(),
				referral.referredAt());
	}

	/**
	 * Records that the receiving centre registered the application a referral to intake asked for: the referral is
	 * accepted and resolved at once, with the application's number as its reference. In the caller's transaction, so that the application
	 * and the referral's result are stored together or not at all.
	 */
	@Transactional
	public Referral registeredAsApplication(ReferralId id, String applicationNumber) {
		Referral accepted = move(waitingForIntake(id), ReferralStatus.ACCEPTED, null, applicationNumber);
		return move(accepted, ReferralStatus.RESOLVED, null, applicationNumber);
	}

	/** The receiving centre gives back a referral to intake it will not register, with the reason. */
	@Transactional
	public Referral returnedByIntake(ReferralId id, String reason) {
		String text = PlainText.blankToNull(reason);
		if (text == null) {
			throw new RuleViolation("note", "hotline.referral.error.note.required");
		}
		return move(waitingForIntake(id), ReferralStatus.RETURNED, text, null);
	}

	/** Referrals to intake addressed to the actor's subtree and not yet registered, the earliest due first. */
	@Transactional(readOnly = true)
	public Page<Referral> awaitingIntake(PageRequest page) {
		actors.require();
		return referrals.awaitingIntake(page).map(this::named);
	}

	/** A referral to intake still waiting, in the actor's scope; intake decides who may act on it. */
	private Referral waitingForIntake(ReferralId id) {
		actors.require();
		Referral referral = find(id);
		if (referral.target().kind() != ReferralTarget.Kind.INTAKE || referral.status() != ReferralStatus.REFERRED) {
			throw new RuleViolation("referral", "hotline.referral.error.notAwaitingIntake");
		}
		return referral;
	}

	/** One referral in the actor's scope; one outside it is not found. */
	@Transactional(readOnly = true)
	public Referral get(ReferralId id) {
		consultations.requireStaff();
		return find(id);
	}

	private Referral find(ReferralId id) {
		return named(referrals.find(id.value()).orElseThrow(() -> new RecordNotFound(RECORD, id.value())));
	}

	/** The referrals of a consultation in the actor's scope. */
	@Transactional(readOnly = true)
	public List<Referral> forConsultation(ConsultationId id) {
		consultations.get(id);
		return referrals.forConsultation(id.value()).stream().map(this::named).toList();
	}

	/** The open referrals in the actor's scope, the earliest due first. */
	@Transactional(readOnly = true)
	public Page<Referral> open(PageRequest page) {
		consultations.requireStaff();
		return referrals.open(page).map(this::named);
	}

	private ServiceUnit centre(long unitId) {
		return network.find(unitId, Actor.SYSTEM).orElse(null);
	}

	private Referral named(Referral r) {
		return new Referral(r.id(), r.consultationId(), r.target(), describe(r.target()), r.reference(), r.status(),
				r.resultNote(), r.referredBy(), r.referredAt(), r.dueAt(), r.updatedAt(), r.version());
	}

	private String describe(ReferralTarget target) {
		if (target.kind() == ReferralTarget.Kind.HOTLINE) {
			return target.hotline();
		}
		ServiceUnit unit = centre(target.unitId());
		return unit == null ? Long.toString(target.unitId()) : unit.name();
	}
}
