package org.legalaid.eligibility;

import java.time.LocalDate;

/** A regional matter as an administrator enters it. */
public record MatterDraft(String code, String regionPrefix, String name, String article, boolean hardshipRequired,
		LocalDate effectiveFrom, LocalDate effectiveTo, String source) {
}
