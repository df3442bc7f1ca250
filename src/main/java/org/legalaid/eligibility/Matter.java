package org.legalaid.eligibility;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A matter in scope, national ({@code regionPrefix} empty) or added by a region, in force from
 * {@code effectiveFrom} to {@code effectiveTo} inclusive (open-ended when null).
 */
public record Matter(long id, String code, String regionPrefix, String name, MatterCategory category, String article,
		boolean hardshipRequired, LocalDate effectiveFrom, LocalDate effectiveTo, String source, int version) {

	public Matter {
		Objects.requireNonNull(code);
		Objects.requireNonNull(category);
		Objects.requireNonNull(effectiveFrom);
		regionPrefix = regionPrefix == null ? "" : regionPrefix;
	}

	public boolean national() {
		return regionPrefix.isEmpty();
	}

	public boolean inForce(LocalDate date) {
		return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
	}

	public boolean appliesTo(String regionCode) {
		return regionCode != null && regionCode.startsWith(regionPrefix);
	}
}
