package org.legalaid.eligibility;

import java.time.LocalDate;
import java.util.Optional;

/** Art. 42 and the regions' exemptions: persons exempt from the economic-status check, hardship presumed. */
final class CheckExemption {

	static final int ADULT_AGE = 18;
	static final int ELDERLY_AGE = 60;

	private CheckExemption() {
	}

	static Optional<Exemption> first(EligibilityCase.PersonFacts p, RegionalRules rules, LocalDate date) {
		return rules.exemptionsInForce(date).stream().filter(x -> fits(x, p)).findFirst();
	}

	static boolean fits(Exemption x, EligibilityCase.PersonFacts p) {
		return switch (x.kind()) {
			case NO_LIVELIHOOD_GROUP -> p.noFixedLivelihood() && (p.age() < ADULT_AGE || p.age() >= ELDERLY_AGE || p.disabled());
			case ASSISTANCE_RECIPIENT -> p.assistanceRecipient();
			case MIGRANT_WORKER_CLAIM -> p.migrantWorker() && p.migrantClaim() != MigrantClaim.NONE;
			case AGE_AT_LEAST -> p.age() >= x.ageLimit();
			case AGE_BELOW -> p.age() < x.ageLimit();
			case DISABLED -> p.disabled();
			case SERVICE_MEMBER -> p.serviceMember();
		};
	}

	static AppliedRule applied(Exemption x) {
		return AppliedRule.of(x.code(), x.article(), "eligibility.rule.exempt", x.name(), x.regionPrefix().isEmpty() ? "" : x.regionPrefix());
	}
}
