package org.legalaid.eligibility;

import java.util.List;
import java.util.Objects;

/**
 * One rule the decision applied: its id (E1–E14 from the decision table, H-… for the hardship test, X-… for
 * exemptions, S-… for scope, U-… for aid first), the article it rests on and a message with its arguments.
 */
public record AppliedRule(String ruleId, String article, String messageKey, List<String> args) {

	public AppliedRule {
		Objects.requireNonNull(ruleId);
		Objects.requireNonNull(article);
		Objects.requireNonNull(messageKey);
		args = args.stream().map(a -> a == null ? "" : a).toList();
	}

	static AppliedRule of(String ruleId, String article, String messageKey, Object... args) {
		return new AppliedRule(ruleId, article, messageKey,
				java.util.Arrays.stream(args).map(a -> a == null ? "" : a.toString()).toList());
	}
}
