package org.legalaid.casework;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A log entry as the provider records it; {@code file} (with its name) is an optional attachment. */
public record LogDraft(LogKind kind, LocalDate happenedOn, String place, BigDecimal amount, String note, String fileName,
		InputStream file) {

	public LogDraft(LogKind kind, LocalDate happenedOn, String place, BigDecimal amount, String note) {
		this(kind, happenedOn, place, amount, note, null, null);
	}
}
