package org.legalaid.deadlines;

import java.time.LocalDate;
import java.util.Objects;

/** One entry of the official calendar, with the notice it comes from. */
public record CalendarDay(LocalDate day, DayKind kind, String name, String source) {

	public CalendarDay {
		Objects.requireNonNull(day);
		Objects.requireNonNull(kind);
	}
}
