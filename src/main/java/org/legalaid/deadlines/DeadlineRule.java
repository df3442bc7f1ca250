package org.legalaid.deadlines;

import java.util.Objects;

/**
 * A time limit: {@code amount} units from {@code startEvent}. {@code regionPrefix} is empty for the national
 * rule, otherwise the division-code prefix of the region whose override this is.
 */
public record DeadlineRule(String code, String regionPrefix, String title, int amount, DeadlineUnit unit,
		String startEvent, String source) {

	public DeadlineRule {
		Objects.requireNonNull(code);
		Objects.requireNonNull(unit);
		regionPrefix = regionPrefix == null ? "" : regionPrefix;
		if (amount <= 0) {
			throw new IllegalArgumentException("amount must be positive: " + amount);
		}
	}

	public boolean national() {
		return regionPrefix.isEmpty();
	}

	/** True when this rule applies to the region with the given division code. */
	public boolean appliesTo(String regionCode) {
		return (regionCode == null ? "" : regionCode).startsWith(regionPrefix);
	}
}
