package org.legalaid.lawyers;

import java.util.List;

/** A row the import could not store: its row number in the file (header = 1), the column, and what is wrong. */
public record ImportError(int row, String column, String messageKey, List<String> args) {

	public ImportError {
		args = List.copyOf(args);
	}
}
