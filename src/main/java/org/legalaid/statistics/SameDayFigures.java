package org.legalaid.statistics;

import java.time.LocalDate;
import java.util.List;

/** The same-day measure per centre of the actor's subtree for applications received from {@code from} to {@code to}. */
public record SameDayFigures(LocalDate from, LocalDate to, List<SameDayRow> rows) {

	public SameDayFigures {
		rows = List.copyOf(rows);
	}

	public SameDayRow total() {
		return new SameDayRow(0, null, rows.stream().mapToLong(SameDayRow::granted).sum(),
				rows.stream().mapToLong(SameDayRow::assigned).sum(), rows.stream().mapToLong(SameDayRow::sameDay).sum(),
				rows.stream().mapToLong(SameDayRow::allFive).sum());
	}
}
