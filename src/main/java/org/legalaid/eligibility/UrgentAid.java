package org.legalaid.eligibility;

import java.util.ArrayList;
import java.util.List;

/** Art. 44: aid first, review after — less than 7 days to a time limit, or preservation needed at once. */
final class UrgentAid {

	static final int DAYS = 7;

	private UrgentAid() {
	}

	static List<AppliedRule> grounds(EligibilityCase.Urgency u) {
		List<AppliedRule> rules = new ArrayList<>();
		if (u.daysToLimitationExpiry() != null && u.daysToLimitationExpiry() >= 0 && u.daysToLimitationExpiry() < DAYS) {
			rules.add(AppliedRule.of("U-44-1", "法律援助法第四十四条第一款第（一）项", "eligibility.rule.urgent.limitation",
					u.daysToLimitationExpiry()));
		}
		if (u.preservationNeeded()) {
			rules.add(AppliedRule.of("U-44-2", "法律援助法第四十四条第一款第（二）项", "eligibility.rule.urgent.preservation"));
		}
		return rules;
	}
}
