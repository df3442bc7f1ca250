package org.legalaid.deadlines;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * The counting rules of legal-aid-rules.md §5.1 over a given set of calendar exceptions; no Spring, no database.
 *
 * <ul>
 * <li>A working day is a Monday to Friday that is not a HOLIDAY, or a weekend day listed as WORKDAY.</li>
 * <li>CALENDAR_DAY: the start day is not counted (Civil Code art. 201); the due date is start date + n days and,
 * when that is not a working day (weekend rest day or holiday, art. 203), the next working day.</li>
 * <li>WORKING_DAY: the n-th working day after the start date.</li>
 * <li>Day deadlines end at 24:00 of the due date (art. 203), returned as the instant 00:00 of the following day in
 * Asia/Shanghai; a deadline is overdue from that instant on.</li>
 * <li>HOUR: the exact start instant plus n hours, never moved.</li>
 * </ul>
 */
final class DeadlineCounting {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** Days searched at most for a working day; the longest official break is ten days. */
	private static final int MAX_SEARCH = 60;

	private final Map<LocalDate, DayKind> exceptions;

	DeadlineCounting(Map<LocalDate, DayKind> exceptions) {
		this.exceptions = Map.copyOf(exceptions);
	}

	boolean isWorkingDay(LocalDate day) {
		DayKind kind = exceptions.get(day);
		if (kind != null) {
			return kind == DayKind.WORKDAY;
		}
		DayOfWeek dow = day.getDayOfWeek();
		return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
	}

	/** The first working day strictly after {@code day}. */
	LocalDate nextWorkingDay(LocalDate day) {
		return onOrAfter(day.plusDays(1));
	}

	/** {@code day} itself when it is a working day, else the next one. */
	LocalDate onOrAfter(LocalDate day) {
		LocalDate d = day;
		for (int i = 0; i < MAX_SEARCH && !isWorkingDay(d); i++) {
			d = d.plusDays(1);
		}
		return d;
	}

	/** The last working day strictly before {@code day}. */
	LocalDate previousWorkingDay(LocalDate day) {
		LocalDate d = day.minusDays(1);
		for (int i = 0; i < MAX_SEARCH && !isWorkingDay(d); i++) {
			d = d.minusDays(1);
		}
		return d;
	}

	/** The due date of a day deadline starting on {@code start} (the start day itself not counted). */
	LocalDate dueDate(LocalDate start, int amount, DeadlineUnit unit) {
		if (amount <= 0) {
			throw new IllegalArgumentException("amount must be positive: " + amount);
		}
		return switch (unit) {
			case CALENDAR_DAY -> onOrAfter(start.plusDays(amount));
			case WORKING_DAY -> {
				LocalDate d = start;
				for (int i = 0; i < amount; i++) {
					d = nextWorkingDay(d);
				}
				yield d;
			}
			case HOUR -> throw new IllegalArgumentException("hour deadlines have no due date");
		};
	}

	/** The instant a deadline ends (exclusive): 24:00 of the due date for day units, start + n hours for HOUR. */
	Instant dueAt(Instant start, int amount, DeadlineUnit unit) {
		if (unit == DeadlineUnit.HOUR) {
			if (amount <= 0) {
				throw new IllegalArgumentException("amount must be positive: " + amount);
			}
			return start.plus(Duration.ofHours(amount));
		}
		LocalDate due = dueDate(start.atZone(ZONE).toLocalDate(), amount, unit);
		return endOf(due);
	}

	/**
	 * When the "due soon" alert is due. Day deadlines: 00:00 of the last working day before the due date (so the
	 * handler gets a full working day of notice); hour deadlines: when a quarter of the period is left. Never
	 * before the start.
	 */
	Instant dueSoonAt(Instant start, Instant dueAt, DeadlineUnit unit) {
		Instant at;
		if (unit == DeadlineUnit.HOUR) {
			at = dueAt.minus(Duration.between(start, dueAt).dividedBy(4));
		}
		else {
			LocalDate dueDate = dueAt.atZone(ZONE).toLocalDate().minusDays(1);
			at = previousWorkingDay(dueDate).atStartOfDay(ZONE).toInstant();
		}
		return at.isBefore(start) ? start : at;
	}

	/** 24:00 of {@code day} in China, as an instant. */
	static Instant endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(ZONE).toInstant();
	}
}
