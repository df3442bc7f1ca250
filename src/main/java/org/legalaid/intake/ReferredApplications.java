package org.legalaid.intake;

import java.util.List;

import org.legalaid.hotline.IntakeReferral;
import org.legalaid.hotline.Referral;
import org.legalaid.hotline.ReferralId;
import org.legalaid.hotline.Referrals;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.Page;
import org.legalaid.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations referred to this centre's intake (product.md capability 8): the clerk's list of referrals waiting,
 * the hand-over that pre-fills an application, and registering it, which resolves the referral with the
 * application's number in the same transaction.
 */
@Service
public class ReferredApplications {

	private final Applications applications;
	private final ApplicationRepository repository;
	private final Referrals referrals;
	private final CurrentActor actors;

	ReferredApplications(Applications applications, ApplicationRepository repository, Referrals referrals, CurrentActor actors) {
		this.actors = actors;
		this.applications = applications;
		this.repository = repository;
		this.referrals = referrals;
	}

	/** Referrals to intake addressed to the actor's subtree and not yet registered; none for who does not register. */
	@Transactional(readOnly = true)
	public Page<Referral> waiting(PageRequest page) {
		if (!actors.require().hasAny(Applications.REGISTRARS)) {
			return Page.of(List.of(), page, 0);
		}
		return referrals.awaitingIntake(page);
	}

	/** What the referral hands over (audited), to pre-fill the application form. */
	@Transactional
	public IntakeReferral handover(ReferralId id) {
		requireRegistrar();
		return referrals.forIntake(id);
	}

	/**
	 * Registers the application a referral asked for and resolves the referral with its number. A repeat with the same
	 * idempotency key returns the first registration; a referral already registered or returned is refused and stores
	 * nothing.
	 */
	@Transactional
	public Registration register(ApplicationDraft draft, String idempotencyKey, ReferralId referral) {
		Registration registration = applications.register(draft, idempotencyKey);
		if (!registration.repeated()) {
			referrals.registeredAsApplication(referral, registration.number());
			repository.setReferral(registration.id().value(), referral.value());
		}
		return registration;
	}

	/** The receiving centre returns a referral it will not register (the caller did not apply, wrong centre…). */
	@Transactional
	public Referral giveBack(ReferralId id, String reason) {
		requireRegistrar();
		return referrals.returnedByIntake(id, reason);
	}

	private void requireRegistrar() {
		if (!actors.require().hasAny(Applications.REGISTRARS)) {
			throw new AccessRefused("referred applications need one of " + Applications.REGISTRARS);
		}
	}
}
