package org.legalaid.eligibility;

import java.util.List;
import java.util.Objects;

/**
 * The decision: the outcome, the decision-table row that set the route, whether aid is given first (art. 44),
 * whether economic hardship is a condition and whether the economic-status check is performed, every rule
 * applied in order and every missing material at once (一次性告知).
 */
public record EligibilityDecision(Outcome outcome, String routeRuleId, boolean aidFirst, boolean hardshipRequired,
		boolean checkRequired, List<AppliedRule> appliedRules, List<String> missingMaterials) {

	public EligibilityDecision {
		Objects.requireNonNull(outcome);
		Objects.requireNonNull(routeRuleId);
		appliedRules = List.copyOf(appliedRules);
		missingMaterials = List.copyOf(missingMaterials);
	}

	/** True when a rule with this id was applied. */
	public boolean applied(String ruleId) {
		return appliedRules.stream().anyMatch(r -> r.ruleId().equals(ruleId));
	}
}
