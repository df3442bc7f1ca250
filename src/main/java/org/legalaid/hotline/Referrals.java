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
import org.legalaid.shared.Page;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals of consultations to another legal-aid centre (cross-region) or to another hotline, with the receiving
 * side's reference, tracked to a result. A referral belongs to the referring consultation's unit: that unit and the
 * units above it see and update it.
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
	private final ServiceNetwork network;
	private final AuditLog audit;
	private final Clock clock;

	Referrals(ReferralRepository referrals, Consultations consultations, ServiceNetwork network, AuditLog audit, Clock clock) {
		this.referrals = referrals;
		this.consultations = consultations;
		this.network = network;
		this.audit = audit;
		this.clock = clock;
	}

	/** Refers a consultation in the actor's scope to a centre or another hotline, with their reference if known. */
	@Transactional
	public ReferralId refer(ConsultationId consultationId, ReferralTarget target, String reference) {
		Actor actor = consultations.requireStaff();
		Consultation consultation = consultations.get(consultationId);
		String path = network.find(consultation.unitId(), Actor.SYSTEM).orElseThrow().path();
		if (target == null || target.kind() == null) {
			throw new RuleViolation("target", "hotline.referral.error.target.required");
		}
		ReferralTarget checked;
		if (target.kind() == ReferralTarget.Kind.CENTRE) {
			ServiceUnit unit = target.unitId() == null ? null : centre(target.unitId());
			if (unit == null || !unit.isCentre() || !unit.active()) {
				throw new RuleViolation("target", "hotline.referral.error.centre");
			}
			if (unit.id() == consultation.unitId()) {
				throw new RuleViolation("target", "hotline.referral.error.sameUnit");
			}
			checked = ReferralTarget.centre(unit.id());
		}
		else {
			String number = Consultations.blankToNull(target.hotline());
			if (number == null || !ReferralTarget.HOTLINES.contains(number)) {
				throw new RuleViolation("target", "hotline.referral.error.hotline");
			}
			checked = ReferralTarget.hotline(number);
		}
		String ref = Consultations.blankToNull(reference);
		Consultations.requirePlain("reference", ref, MAX_REFERENCE);
		OffsetDateTime now = OffsetDateTime.now(clock);
		long id = referrals.insert(consultationId.value(), path, checked, ref, actor.username(), now, now.plus(FOLLOW_UP));
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
		Referral referral = get(id);
		if (status == null) {
			throw new RuleViolation("status", "hotline.referral.error.status.required");
		}
		if (!referral.status().next().contains(status)) {
			throw new RuleViolation("status", "hotline.referral.error.transition", referral.status().name(), status.name());
		}
		String text = Consultations.blankToNull(note);
		Consultations.requirePlain("note", text, Consultations.MAX_NOTE);
		if ((status == ReferralStatus.RESOLVED || status == ReferralStatus.RETURNED) && text == null) {
			throw new RuleViolation("note", "hotline.referral.error.note.required");
		}
		if (!referrals.update(id.value(), referral.version(), referral.status(), status, text, OffsetDateTime.now(clock))) {
			throw new ConcurrentChange(RECORD, id.value());
		}
		audit.record(AuditAction.UPDATE, RECORD, id.value(), referral.status() + " -> " + status);
		return get(id);
	}

	/** One referral in the actor's scope; one outside it is not found. */
	@Transactional(readOnly = true)
	public Referral get(ReferralId id) {
		consultations.requireStaff();
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
