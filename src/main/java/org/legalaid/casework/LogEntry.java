package org.legalaid.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One entry of a provider's log, with the files attached to it. */
public record LogEntry(long id, LogKind kind, LocalDate happenedOn, String place, BigDecimal amount, String note,
		OffsetDateTime recordedAt, String recordedBy, List<Attachment> attachments) {

	/** A file attached to a log entry: checked by content, with its size and SHA-256. */
	public record Attachment(long id, String fileName, String mediaType, long size, String sha256) {
	}
}
