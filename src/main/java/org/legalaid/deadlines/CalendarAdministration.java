package org.legalaid.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.Role;
import org.legalaid.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Maintaining the official calendar: system administrators only, every change audited. */
@Service
class CalendarAdministration {

	static final String RECORD = "deadlines_calendar_day";
	static final String DEFAULT_SOURCE = "国务院办公厅部分节假日安排的通知（管理员录入）";

	private final BusinessCalendar calendar;
	private final JdbcClient jdbc;
	private final CurrentActor actors;
	private final AuditLog audit;

	CalendarAdministration(BusinessCalendar calendar, JdbcClient jdbc, CurrentActor actors, AuditLog audit) {
		this.calendar = calendar;
		this.jdbc = jdbc;
		this.actors = actors;
		this.audit = audit;
	}

	List<CalendarDay> year(int year) {
		requireAdmin();
		return calendar.year(year);
	}

	List<Integer> years() {
		requireAdmin();
		return calendar.years();
	}

	@Transactional
	void add(LocalDate day, DayKind kind, String name, String source) {
		requireAdmin();
		if (day == null) {
			throw new RuleViolation("day", "deadlines.calendar.day.required");
		}
		if (kind == null) {
			throw new RuleViolation("kind", "deadlines.calendar.kind.required");
		}
		String clean = name == null ? "" : name.strip();
		if (clean.isEmpty() || clean.length() > 60) {
			throw new RuleViolation("name", "deadlines.calendar.name.invalid");
		}
		if (kind == DayKind.WORKDAY && !weekend(day)) {
			throw new RuleViolation("kind", "deadlines.calendar.workdayNotWeekend", day.toString());
		}
		CalendarDay entry = new CalendarDay(day, kind, clean, source(source));
		store(entry);
		audit.record(AuditAction.CREATE, RECORD, day, kind + " " + clean);
	}

	@Transactional
	void remove(LocalDate day) {
		requireAdmin();
		int deleted = jdbc.sql("DELETE FROM deadlines_calendar_day WHERE calendar_date = :day").param("day", day).update();
		if (deleted == 0) {
			throw new RecordNotFound(RECORD, day);
		}
		audit.record(AuditAction.DELETE, RECORD, day);
	}

	/**
	 * Stores a year's notice pasted as lines {@code 2027-01-01,HOLIDAY,元旦}. Every line is checked first; the
	 * first bad line is reported by number and nothing is stored. Existing entries for the same dates are replaced.
	 *
	 * @return the number of days stored
	 */
	@Transactional
	int importNotice(String text, String source) {
		requireAdmin();
		String lines = text == null ? "" : text;
		Map<LocalDate, CalendarDay> entries = new LinkedHashMap<>();
		String src = source(source);
		String[] rows = lines.split("\\R", -1);
		for (int i = 0; i < rows.length; i++) {
			String row = rows[i].strip();
			int number = i + 1;
			if (row.isEmpty()) {
				continue;
			}
			CalendarDay entry = parse(row, number, src);
			if (entries.putIfAbsent(entry.day(), entry) != null) {
				throw new RuleViolation("notice", "deadlines.calendar.import.duplicate", number, row);
			}
		}
		if (entries.isEmpty()) {
			throw new RuleViolation("notice", "deadlines.calendar.import.empty");
		}
		entries.values().forEach(this::store);
		var years = new TreeSet<Integer>();
		entries.keySet().forEach(d -> years.add(d.getYear()));
		audit.record(AuditAction.IMPORT, RECORD, years.first(), entries.size() + " days for " + years);
		return entries.size();
	}

	private static CalendarDay parse(String row, int number, String source) {
		String[] cells = row.split("[,，]", -1);
		if (cells.length != 3) {
			throw new RuleViolation("notice", "deadlines.calendar.import.badLine", number, row);
		}
		LocalDate day;
		DayKind kind;
		try {
			day = LocalDate.parse(cells[0].strip());
			kind = DayKind.valueOf(cells[1].strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (DateTimeParseException | IllegalArgumentException e) {
			throw new RuleViolation("notice", "deadlines.calendar.import.badLine", number, row);
		}
		String name = cells[2].strip();
		if (name.isEmpty() || name.length() > 60) {
			throw new RuleViolation("notice", "deadlines.calendar.import.badLine", number, row);
		}
		if (kind == DayKind.WORKDAY && !weekend(day)) {
			throw new RuleViolation("notice", "deadlines.calendar.import.workdayNotWeekend", number, row);
		}
		return new CalendarDay(day, kind, name, source);
	}

	private void store(CalendarDay entry) {
		jdbc.sql("DELETE FROM deadlines_calendar_day WHERE calendar_date = :day").param("day", entry.day()).update();
		jdbc.sql("INSERT INTO deadlines_calendar_day (calendar_date, kind, name, source) VALUES (:day, :kind, :name, :source)")
			.param("day", entry.day())
			.param("kind", entry.kind().name())
			.param("name", entry.name())
			.param("source", entry.source())
			.update();
	}

	private static String source(String source) {
		String clean = source == null ? "" : source.strip();
		if (clean.length() > 300) {
			throw new RuleViolation("source", "deadlines.calendar.source.tooLong");
		}
		return clean.isEmpty() ? DEFAULT_SOURCE : clean;
	}

	private static boolean weekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	private void requireAdmin() {
		if (!actors.require().has(Role.SYSTEM_ADMIN)) {
			throw new AccessRefused("calendar administration needs SYSTEM_ADMIN");
		}
	}

}
