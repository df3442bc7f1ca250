package org.legalaid.duty;

import java.time.LocalDate;
import java.util.List;

/** A station's roster for one week, Monday first: each day, whether the station takes shifts then, and its shifts. */
public record RosterWeek(Station station, LocalDate monday, List<Day> days) {

	public RosterWeek {
		days = List.copyOf(days);
	}

	public record Day(LocalDate date, boolean open, List<Shift> shifts) {

		public Day {
			shifts = List.copyOf(shifts);
		}
	}

	public LocalDate previousWeek() {
		return monday.minusWeeks(1);
	}

	public LocalDate nextWeek() {
		return monday.plusWeeks(1);
	}

	public long peopleHelped() {
		return days.stream().flatMap(d -> d.shifts().stream()).mapToLong(Shift::peopleHelped).sum();
	}
}
