package org.legalaid.eligibility;

import java.time.LocalDate;

/** One version of a region's integrity commitment text. */
public record CommitmentText(long id, String regionPrefix, int version, LocalDate effectiveFrom, String body) {
}
