package org.legalaid.eligibility;

import java.time.LocalDate;
import java.util.Objects;

/** An exemption from the economic-status check, national or regional, with its effective dates. */
public record Exemption(String code, String regionPrefix, ExemptionKind kind, Integer ageLimit, String name, String article,
		LocalDate effectiveFrom, LocalDate effectiveTo) {

	public Exemption {
		Objects.requireNonNull(code);
		Objects.requireNonNull(kind);
		Objects.requireNonNull(effectiveFrom);
		regionPrefix = regionPrefix == null ? "" : regionPrefix;
		if ((kind == ExemptionKind.AGE_AT_LEAST || kind == ExemptionKind.AGE_BELOW) && ageLimit == null) {
			throw new IllegalArgumentException("exemption " + code + " of kind " + kind + " needs an age limit");
		}
	}

	public boolean inForce(LocalDate date) {
		return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
	}

	public boolean appliesTo(String regionCode) {
		return regionCode != null && regionCode.startsWith(regionPrefix);
	}
}
