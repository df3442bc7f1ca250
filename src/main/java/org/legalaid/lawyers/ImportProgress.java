package org.legalaid.lawyers;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An import run as its page shows it: rows processed of the total, providers created and updated, rows refused with
 * their errors (or {@code problem}, the message key of a file that could not be read at all).
 */
public record ImportProgress(long id, String fileName, ImportStatus status, int totalRows, int processedRows, int createdRows,
		int updatedRows, int failedRows, String problem, OffsetDateTime createdAt, OffsetDateTime finishedAt,
		List<ImportError> errors) {

	public ImportProgress {
		errors = List.copyOf(errors);
	}

	/** Percent done, 0–100. */
	public int percent() {
		if (status.finished()) {
			return 100;
		}
		return totalRows == 0 ? 0 : Math.min(100, processedRows * 100 / totalRows);
	}
}
