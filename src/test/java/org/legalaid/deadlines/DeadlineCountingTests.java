package org.legalaid.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The counting rules over the shipped official calendar, without Spring. */
class DeadlineCountingTests {

	static DeadlineCounting counting;

	@BeforeAll
	static void loadShippedCalendar() throws Exception {
		Map<LocalDate, DayKind> days = new HashMap<>();
		try (var in = new BufferedReader(new InputStreamReader(
				new ClassPathResource(HolidayCalendarMigration.FILE).getInputStream(), StandardCharsets.UTF_8))) {
			in.lines().skip(1).filter(l -> !l.isBlank()).forEach(l -> {
				String[] cells = l.split(",", 4);
				days.put(LocalDate.parse(cells[0]), DayKind.valueOf(cells[1]));
			});
		}
		counting = new DeadlineCounting(days);
	}

	static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	static Instant at(String local) {
		return ZonedDateTime.parse(local + "+08:00[Asia/Shanghai]").toInstant();
	}

	@Test
	void startDayIsNotCounted() {
		// Monday 2024-03-04 + 3 calendar days = Thursday 2024-03-07, an ordinary working day.
		assertThat(counting.dueDate(d("2024-03-04"), 3, DeadlineUnit.CALENDAR_DAY)).isEqualTo(d("2024-03-07"));
		assertThat(counting.dueDate(d("2024-03-04"), 1, DeadlineUnit.WORKING_DAY)).isEqualTo(d("2024-03-05"));
		// The deadline ends at 24:00 of the due date, whatever the hour of the start.
		assertThat(counting.dueAt(at("2024-03-04T23:59"), 3, DeadlineUnit.CALENDAR_DAY)).isEqualTo(at("2024-03-08T00:00"));
		assertThat(counting.dueAt(at("2024-03-04T00:01"), 3, DeadlineUnit.CALENDAR_DAY)).isEqualTo(at("2024-03-08T00:00"));
	}

	@Test
	void calendarDaysOnAWeekendRollToMonday() {
		// Wednesday 2024-03-06 + 3 = Saturday 2024-03-09 → Monday 2024-03-11.
		assertThat(counting.dueDate(d("2024-03-06"), 3, DeadlineUnit.CALENDAR_DAY)).isEqualTo(d("2024-03-11"));
	}

	@Test
	void shippedCalendarMatchesTheNotices() {
		assertThat(counting.isWorkingDay(d("2024-02-18"))).as("Sunday 2024-02-18 adjusted working day").isTrue();
		assertThat(counting.isWorkingDay(d("2024-02-04"))).as("Sunday 2024-02-04 adjusted working day").isTrue();
		assertThat(counting.isWorkingDay(d("2024-02-12"))).as("Monday in the Spring Festival").isFalse();
		assertThat(counting.isWorkingDay(d("2020-02-02"))).as("2020 Spring Festival extended to 2 Feb").isFalse();
		assertThat(counting.isWorkingDay(d("2020-02-03"))).isTrue();
		assertThat(counting.isWorkingDay(d("2025-10-08"))).isFalse();
		assertThat(counting.isWorkingDay(d("2025-09-28"))).isTrue();
		assertThat(counting.isWorkingDay(d("2025-10-11"))).isTrue();
		assertThat(counting.isWorkingDay(d("2026-02-14"))).isTrue();
		assertThat(counting.isWorkingDay(d("2026-02-23"))).isFalse();
		assertThat(counting.isWorkingDay(d("2026-03-07"))).as("ordinary Saturday").isFalse();
	}

	@Test
	void sevenCalendarDaysIntoSpringFestival2024RollToTheAdjustedSunday() {
		// 2024-02-05 + 7 = 2024-02-12 (holiday, Feb 10-17) → Sunday 2024-02-18, an adjusted working day.
		assertThat(counting.dueDate(d("2024-02-05"), 7, DeadlineUnit.CALENDAR_DAY)).isEqualTo(d("2024-02-18"));
		assertThat(counting.dueAt(at("2024-02-05T10:00"), 7, DeadlineUnit.CALENDAR_DAY)).isEqualTo(at("2024-02-19T00:00"));
	}

	@Test
	void nationalDay2025() {
		// 2025-09-26 + 5 = 2025-10-01 (holiday Oct 1-8) → Thursday 2025-10-09.
		assertThat(counting.dueDate(d("2025-09-26"), 5, DeadlineUnit.CALENDAR_DAY)).isEqualTo(d("2025-10-09"));
		// 2025-09-23 + 5 = Sunday 2025-09-28, an adjusted working day: no roll.
		assertThat(counting.dueDate(d("2025-09-23"), 5, DeadlineUnit.CALENDAR_DAY)).isEqualTo(d("2025-09-28"));
		// 7 working days from Friday 2025-09-26: 28, 29, 30, 9, 10, 11 (Saturday worked), 13.
		assertThat(counting.dueDate(d("2025-09-26"), 7, DeadlineUnit.WORKING_DAY)).isEqualTo(d("2025-10-13"));
	}

	@Test
	void workingDaysAcrossSpringFestival2026() {
		// From Thursday 2026-02-12: Fri 13, Sat 14 (worked), then the break Feb 15-23, Tue 24.
		assertThat(counting.dueDate(d("2026-02-12"), 3, DeadlineUnit.WORKING_DAY)).isEqualTo(d("2026-02-24"));
		// From Friday 2026-02-13: 14, 24, 25, 26, 27, Sat 28 (worked), Mon Mar 2.
		assertThat(counting.dueDate(d("2026-02-13"), 7, DeadlineUnit.WORKING_DAY)).isEqualTo(d("2026-03-02"));
		assertThat(counting.dueAt(at("2026-02-13T16:30"), 7, DeadlineUnit.WORKING_DAY)).isEqualTo(at("2026-03-03T00:00"));
	}

	@Test
	void hourDeadlinesRunThroughHolidays() {
		assertThat(counting.dueAt(at("2025-09-30T20:15"), 24, DeadlineUnit.HOUR)).isEqualTo(at("2025-10-01T20:15"));
		assertThat(counting.dueAt(at("2024-02-09T08:00"), 48, DeadlineUnit.HOUR)).isEqualTo(at("2024-02-11T08:00"));
	}

	@Test
	void dueSoonRule() {
		// Day deadline due Thursday 2024-03-07: due soon from 00:00 of Wednesday 2024-03-06.
		Instant start = at("2024-03-04T09:00");
		Instant due = counting.dueAt(start, 3, DeadlineUnit.CALENDAR_DAY);
		assertThat(counting.dueSoonAt(start, due, DeadlineUnit.CALENDAR_DAY)).isEqualTo(at("2024-03-06T00:00"));
		// Due on Sunday 2024-02-18 (adjusted working day): the last working day before it is Friday 2024-02-09,
		// before the Spring Festival break.
		Instant sfStart = at("2024-02-05T10:00");
		Instant sfDue = counting.dueAt(sfStart, 7, DeadlineUnit.CALENDAR_DAY);
		assertThat(counting.dueSoonAt(sfStart, sfDue, DeadlineUnit.CALENDAR_DAY)).isEqualTo(at("2024-02-09T00:00"));
		// Hour deadline: a quarter of the period left.
		Instant h = at("2025-10-01T08:00");
		assertThat(counting.dueSoonAt(h, counting.dueAt(h, 24, DeadlineUnit.HOUR), DeadlineUnit.HOUR)).isEqualTo(at("2025-10-02T02:00"));
		// Never before the start.
		Instant late = at("2024-03-08T18:00");
		Instant lateDue = counting.dueAt(late, 1, DeadlineUnit.CALENDAR_DAY);
		assertThat(counting.dueSoonAt(late, lateDue, DeadlineUnit.CALENDAR_DAY)).isEqualTo(late);
	}

	@Test
	void regionOverrideBeatsNationalRule() {
		var national = new DeadlineRule("D4", "", "审查", 7, DeadlineUnit.CALENDAR_DAY, "APPLICATION_RECEIVED", "LAL 43");
		var gansu = new DeadlineRule("D4", "62", "审查", 7, DeadlineUnit.WORKING_DAY, "APPLICATION_RECEIVED", "local");
		var lanzhou = new DeadlineRule("D4", "6201", "审查", 5, DeadlineUnit.WORKING_DAY, "APPLICATION_RECEIVED", "local");
		var rules = List.of(national, gansu, lanzhou);
		assertThat(RuleSelection.choose(rules, "620102")).contains(lanzhou);
		assertThat(RuleSelection.choose(rules, "620201")).contains(gansu);
		assertThat(RuleSelection.choose(rules, "110101")).contains(national);
		assertThat(RuleSelection.choose(rules, null)).contains(national);
	}
}
