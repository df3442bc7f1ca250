package org.legalaid.wages;

import java.time.LocalDate;
import java.util.List;

/**
 * Unpaid-wage figures of the complaints received between {@code from} and {@code to} (inclusive) that the actor
 * sees, one row per county-level division where the work was, and the total. Derived from the records each time.
 */
public record RegionFigures(LocalDate from, LocalDate to, List<RegionRow> rows, RegionRow total) {

	public RegionFigures {
		rows = List.copyOf(rows);
	}
}
