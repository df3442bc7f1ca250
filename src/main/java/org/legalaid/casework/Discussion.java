package org.legalaid.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The record of a collective discussion (集体讨论) of a major or difficult case. */
public record Discussion(long id, LocalDate heldOn, String participants, String conclusion, OffsetDateTime recordedAt,
		String recordedBy) {
}
