package org.legalaid.deadlines;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The official working calendar: weekends are rest days unless listed as adjusted working days (WORKDAY),
 * statutory holidays (HOLIDAY) are rest days. Reference data: read with a plain {@link JdbcClient}, no scope.
 */
@Service
public class BusinessCalendar {

	private final JdbcClient jdbc;

	BusinessCalendar(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean isWorkingDay(LocalDate day) {
		return counting(day, day).isWorkingDay(day);
	}

	/** The first working day strictly after {@code day}. */
	public LocalDate nextWorkingDay(LocalDate day) {
		return counting(day, day.plusDays(70)).nextWorkingDay(day);
	}

	/** The due date of a day deadline of {@code amount} units starting on {@code start} (start day not counted). */
	public LocalDate dueDate(LocalDate start, int amount, DeadlineUnit unit) {
		return counting(start, start.plusDays(2L * amount + 70)).dueDate(start, amount, unit);
	}

	/** The calendar exceptions of one year, by date. */
	public List<CalendarDay> year(int year) {
		return jdbc.sql("SELECT calendar_date, kind, name, source FROM deadlines_calendar_day WHERE calendar_date BETWEEN :from AND :to ORDER BY calendar_date")
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year, 12, 31))
			.query((rs, n) -> new CalendarDay(rs.getObject("calendar_date", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
					rs.getString("name"), rs.getString("source")))
			.list();
	}

	/** The years that have at least one calendar entry, oldest first. */
	public List<Integer> years() {
		return jdbc.sql("SELECT DISTINCT EXTRACT(YEAR FROM calendar_date) AS y FROM deadlines_calendar_day ORDER BY y")
			.query((rs, n) -> rs.getInt("y"))
			.list();
	}

	/** The counting rules over the calendar exceptions between the two dates (with a margin either side). */
	DeadlineCounting counting(LocalDate from, LocalDate to) {
		Map<LocalDate, DayKind> days = new HashMap<>();
		jdbc.sql("SELECT calendar_date, kind FROM deadlines_calendar_day WHERE calendar_date BETWEEN :from AND :to")
			.param("from", from.minusDays(70))
			.param("to", to.plusDays(70))
			.query(rs -> {
				days.put(rs.getObject("calendar_date", LocalDate.class), DayKind.valueOf(rs.getString("kind")));
			});
		return new DeadlineCounting(days);
	}
}
