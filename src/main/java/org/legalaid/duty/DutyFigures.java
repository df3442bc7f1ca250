package org.legalaid.duty;

import java.time.LocalDate;
import java.util.List;

/**
 * The duty-lawyer figures of a unit's subtree over the days {@code from} to {@code to} inclusive: the total and one
 * row per station (every station of the subtree, those without records at zero).
 */
public record DutyFigures(long unitId, String unitName, LocalDate from, LocalDate to, StationFigures total,
		List<StationFigures> stations) {

	public DutyFigures {
		stations = List.copyOf(stations);
	}
}
