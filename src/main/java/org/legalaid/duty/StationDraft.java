package org.legalaid.duty;

import java.time.DayOfWeek;
import java.util.Set;

/** A station's settings as entered: staffing mode, opening days (at least one when stationed) and a note. */
public record StationDraft(StationMode mode, Set<DayOfWeek> openDays, String note) {

	public StationDraft {
		openDays = openDays == null ? Set.of() : Set.copyOf(openDays);
	}
}
