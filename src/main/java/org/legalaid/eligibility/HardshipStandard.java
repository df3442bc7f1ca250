package org.legalaid.eligibility;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A region's hardship standard (art. 34): a household meets it when its monthly income per member is at or below
 * {@code monthlyLimitFen}. A version is in force from its date until the next version of the same region.
 */
public record HardshipStandard(String regionPrefix, LocalDate effectiveFrom, long monthlyLimitFen, String basis) {

	public HardshipStandard {
		Objects.requireNonNull(regionPrefix);
		Objects.requireNonNull(effectiveFrom);
		if (monthlyLimitFen <= 0) {
			throw new IllegalArgumentException("hardship limit must be positive");
		}
	}
}
