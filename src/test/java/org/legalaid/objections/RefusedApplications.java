package org.legalaid.objections;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.legalaid.IdNumbers;
import org.legalaid.eligibility.ApplicantRole;
import org.legalaid.eligibility.Materials;
import org.legalaid.eligibility.MigrantClaim;
import org.legalaid.eligibility.SignatureKind;
import org.legalaid.intake.ApplicationDraft;
import org.legalaid.intake.ApplicationStatus;
import org.legalaid.intake.Applications;
import org.legalaid.intake.Channel;
import org.legalaid.intake.Registration;
import org.legalaid.intake.ReviewInput;
import org.legalaid.intake.ReviewResult;
import org.legalaid.intake.Reviews;
import org.legalaid.people.IdentityDocumentType;
import org.legalaid.people.PersonDraft;
import org.legalaid.people.PersonGroup;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/** Applications decided through the real intake services, for the objection tests. */
final class RefusedApplications {

	private final Applications applications;
	private final Reviews reviews;
	private final UserDetailsService users;

	RefusedApplications(Applications applications, Reviews reviews, UserDetailsService users) {
		this.applications = applications;
		this.reviews = reviews;
		this.users = users;
	}

	<T> T signedIn(String username, Supplier<T> work) {
		return org.legalaid.Staff.signedIn(users, username, work);
	}

	void signedIn(String username, Runnable work) {
		signedIn(username, () -> {
			work.run();
			return null;
		});
	}

	/** Registered by the 城关区 clerk and refused by its reviewer for a household income above the standard. */
	Registration refused(String name) {
		Registration r = register(name, "A31.4", Set.of());
		ReviewResult result = signedIn("reviewer.chengguan", () -> reviews.review(r.id(), input("90000", MigrantClaim.NONE, true)));
		assertThat(result.status()).isEqualTo(ApplicationStatus.REFUSED);
		return r;
	}

	/** A migrant worker claiming pay: granted without the hardship check. */
	Registration granted(String name) {
		Registration r = register(name, "A31.5", Set.of(PersonGroup.MIGRANT_WORKER));
		ReviewResult result = signedIn("reviewer.chengguan", () -> reviews.review(r.id(), input("50000", MigrantClaim.PAY, false)));
		assertThat(result.status()).isEqualTo(ApplicationStatus.GRANTED);
		return r;
	}

	private Registration register(String name, String matter, Set<PersonGroup> groups) {
		var draft = new ApplicationDraft(new PersonDraft(name, IdentityDocumentType.RESIDENT_ID, IdNumbers.fresh(),
				null, null, null, null, "13900001111", null, "620102", groups), null, null, matter, Channel.WINDOW, null, "案情",
				List.of(), null, Set.copyOf(Materials.ORDER));
		return signedIn("clerk.chengguan", () -> applications.register(draft, null));
	}

	private static ReviewInput input(String income, MigrantClaim claim, boolean commitment) {
		return new ReviewInput(ApplicantRole.CIVIL_OR_ADMIN_PARTY, false, false, 1, new BigDecimal(income), false, claim,
				commitment, commitment ? SignatureKind.SELF : null, null, null, false);
	}
}
