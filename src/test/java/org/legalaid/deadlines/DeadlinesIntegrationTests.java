package org.legalaid.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.legalaid.shared.CurrentActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Timers, the sweep, the scheduled task and the pages against the shared test database with demo data. Timers
 * that the sweep is driven over start in 2031, after the real clock, so the scheduled sweep leaves them alone.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class DeadlinesIntegrationTests {

	@Autowired
	Deadlines deadlines;

	@Autowired
	DeadlineSweep sweep;

	@Autowired
	BusinessCalendar calendar;

	@Autowired
	CurrentActor actors;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationEvents events;

	static Instant at(String local) {
		return ZonedDateTime.parse(local + "+08:00[Asia/Shanghai]").toInstant();
	}

	String centrePath(String division) {
		return jdbc.sql("SELECT unit_path FROM network_unit WHERE division_code = :d AND kind = 'CENTRE'")
			.param("d", division)
			.query(String.class)
			.single();
	}

	long track(String subject, String division, String rule, Instant start) {
		return actors.callAsSystem(
				() -> deadlines.track("test-case", subject, centrePath(division), division, rule, start));
	}

	long alerts(long timerId, String kind) {
		return jdbc.sql("SELECT COUNT(*) FROM deadlines_alert WHERE timer_id = :id AND kind = :kind")
			.param("id", timerId)
			.param("kind", kind)
			.query(Long.class)
			.single();
	}

	@Test
	void sweepRaisesDueSoonOnceThenOverdueOnce() {
		String subject = "sweep-" + UUID.randomUUID();
		long id = track(subject, "620102", "D1", at("2031-01-06T09:00"));
		DeadlineTimer timer = actors.callAsSystem(() -> deadlines.timer(id));
		assertThat(timer.dueAt()).isEqualTo(at("2031-01-07T09:00"));
		assertThat(timer.dueSoonAt()).isEqualTo(at("2031-01-07T03:00"));

		sweep.sweep(at("2031-01-07T02:59"));
		assertThat(alerts(id, "DUE_SOON")).isZero();

		assertThat(sweep.sweep(at("2031-01-07T03:00"))).isPositive();
		assertThat(alerts(id, "DUE_SOON")).isEqualTo(1);
		sweep.sweep(at("2031-01-07T05:00"));
		assertThat(alerts(id, "DUE_SOON")).isEqualTo(1);
		assertThat(alerts(id, "OVERDUE")).isZero();

		sweep.sweep(at("2031-01-07T09:00"));
		assertThat(alerts(id, "OVERDUE")).isEqualTo(1);
		sweep.sweep(at("2031-01-08T09:00"));
		sweep.sweep(at("2031-01-09T09:00"));
		assertThat(alerts(id, "DUE_SOON")).isEqualTo(1);
		assertThat(alerts(id, "OVERDUE")).isEqualTo(1);

		assertThat(events.stream(DeadlineDueSoon.class).filter(e -> e.timerId() == id))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.subjectId()).isEqualTo(subject);
				assertThat(e.ruleCode()).isEqualTo("D1");
				assertThat(e.dueAt()).isEqualTo(at("2031-01-07T09:00"));
			});
		assertThat(events.stream(DeadlineOverdue.class).filter(e -> e.timerId() == id)).hasSize(1);
	}

	@Test
	void aTimerFoundOverdueGetsOnlyTheOverdueAlert() {
		long id = track("late-" + UUID.randomUUID(), "620102", "D4", at("2031-03-03T10:00"));
		sweep.sweep(at("2031-04-01T00:00"));
		assertThat(alerts(id, "OVERDUE")).isEqualTo(1);
		assertThat(alerts(id, "DUE_SOON")).isZero();
	}

	@Test
	void completedAndCancelledTimersRaiseNothing() {
		long met = track("met-" + UUID.randomUUID(), "620102", "D4", at("2031-03-03T10:00"));
		long cancelled = track("cancel-" + UUID.randomUUID(), "620102", "D6", at("2031-03-03T10:00"));
		assertThat(actors.callAsSystem(() -> deadlines.complete(met, at("2031-03-04T11:00")))).isTrue();
		assertThat(actors.callAsSystem(() -> deadlines.cancel(cancelled))).isTrue();
		assertThat(actors.callAsSystem(() -> deadlines.complete(met, at("2031-03-05T11:00")))).as("already met").isFalse();

		sweep.sweep(at("2031-03-09T00:00"));
		sweep.sweep(at("2031-05-01T00:00"));
		assertThat(alerts(met, "DUE_SOON") + alerts(met, "OVERDUE")).isZero();
		assertThat(alerts(cancelled, "DUE_SOON") + alerts(cancelled, "OVERDUE")).isZero();
		DeadlineTimer timer = actors.callAsSystem(() -> deadlines.timer(met));
		assertThat(timer.status()).isEqualTo(DeadlineTimer.Status.MET);
		assertThat(timer.metAt()).isEqualTo(at("2031-03-04T11:00"));
	}

	@Test
	void dueDatesUseTheOfficialCalendar() {
		// D4, 7 calendar days from 2025-09-26: 2025-10-03 is in the National Day break → Thursday 2025-10-09, 24:00.
		assertThat(deadlines.dueAt("D4", "620102", at("2025-09-26T10:00"))).isEqualTo(at("2025-10-10T00:00"));
		// D4 from 2024-02-05 lands in the Spring Festival → the adjusted working Sunday 2024-02-18.
		assertThat(deadlines.dueAt("D4", "620102", at("2024-02-05T10:00"))).isEqualTo(at("2024-02-19T00:00"));
		// D13, 48 hours, runs straight through the holiday.
		assertThat(deadlines.dueAt("D13", "620102", at("2024-02-09T08:00"))).isEqualTo(at("2024-02-11T08:00"));
		assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 18))).isTrue();
		assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 2, 14))).isEqualTo(LocalDate.of(2026, 2, 24));
	}

	@Test
	void regionalOverrideSavedOnThePageBeatsTheNationalRule() throws Exception {
		mvc.perform(post("/admin/deadline-rules").with(user(users.loadUserByUsername("bureau.gansu"))).with(csrf())
				.param("code", "D15")
				.param("regionPrefix", "6299")
				.param("amount", "5")
				.param("unit", "WORKING_DAY")
				.param("source", "测试地方规定"))
			.andExpect(status().is3xxRedirection());
		assertThat(deadlines.rule("D15", "629901").unit()).isEqualTo(DeadlineUnit.WORKING_DAY);
		assertThat(deadlines.rule("D15", "620102").unit()).isEqualTo(DeadlineUnit.CALENDAR_DAY);
		// 5 working days from Thursday 2024-02-08: Feb 9, Sunday 18 (worked), 19, 20, 21.
		assertThat(deadlines.dueAt("D15", "629901", at("2024-02-08T10:00"))).isEqualTo(at("2024-02-22T00:00"));
		// Nationally: 2024-02-13 is a holiday → Sunday 2024-02-18.
		assertThat(deadlines.dueAt("D15", "620102", at("2024-02-08T10:00"))).isEqualTo(at("2024-02-19T00:00"));

		mvc.perform(post("/admin/deadline-rules").with(user(users.loadUserByUsername("clerk.chengguan"))).with(csrf())
				.param("code", "D15").param("regionPrefix", "6298").param("amount", "5").param("unit", "WORKING_DAY")
				.param("source", "x"))
			.andExpect(status().isForbidden());
		assertThat(deadlines.rules()).noneMatch(r -> r.regionPrefix().equals("6298"));
	}

	@Test
	void badEntriesOnTheAdminPagesComeBackAsTypedWithTheReasonNextToTheField() throws Exception {
		String rules = mvc.perform(post("/admin/deadline-rules").with(user(users.loadUserByUsername("bureau.gansu"))).with(csrf())
				.param("code", "D15").param("regionPrefix", "6297").param("amount", "五").param("unit", "WORKING_DAY")
				.param("source", "测试"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(rules).containsPattern("id=\"amount-error\"[^>]*>请填写整数。").contains("value=\"五\"").contains("value=\"6297\"");
		String tooMany = mvc.perform(post("/admin/deadline-rules").with(user(users.loadUserByUsername("bureau.gansu"))).with(csrf())
				.param("code", "D15").param("regionPrefix", "6297").param("amount", "5000").param("unit", "WORKING_DAY")
				.param("source", "测试"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(tooMany).containsPattern("id=\"amount-error\"[^>]*>数量应为 1 至 1000 之间的整数。");
		assertThat(deadlines.rules()).noneMatch(r -> r.regionPrefix().equals("6297"));

		String day = mvc.perform(post("/admin/calendar/days").with(user(users.loadUserByUsername("admin"))).with(csrf())
				.param("day", "2096-02-30").param("kind", "HOLIDAY").param("name", "测试"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(day).containsPattern("id=\"day-error\"[^>]*>请填写有效日期").contains("value=\"测试\"");
		String name = mvc.perform(post("/admin/calendar/days").with(user(users.loadUserByUsername("admin"))).with(csrf())
				.param("day", "2096-03-02").param("kind", "HOLIDAY").param("name", ""))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(name).containsPattern("id=\"name-error\"[^>]*>请填写节日名称");
		assertThat(calendar.year(2096)).isEmpty();
	}

	@Test
	void alertsPageShowsOnlyTheActorsSubtree() throws Exception {
		String mine = "mine-" + UUID.randomUUID();
		String neighbour = "neighbour-" + UUID.randomUUID();
		track(mine, "620102", "D2", at("2032-06-01T09:00"));
		track(neighbour, "620103", "D2", at("2032-06-01T09:00"));
		sweep.sweep(at("2032-06-03T09:00"));

		String page = mvc.perform(get("/deadlines/alerts").with(user(users.loadUserByUsername("clerk.chengguan"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(mine).contains("已超期").doesNotContain(neighbour);

		String other = mvc.perform(get("/deadlines/alerts").with(user(users.loadUserByUsername("clerk.qilihe"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(other).contains(neighbour).doesNotContain(mine);
	}

	@Test
	void scheduledSweepIsRegisteredAndRuns() throws Exception {
		OffsetDateTime lastSuccess = null;
		for (int i = 0; i < 60 && lastSuccess == null; i++) {
			lastSuccess = jdbc.sql("SELECT last_success FROM scheduled_tasks WHERE task_name = :name")
				.param("name", DeadlineSweepTask.NAME)
				.query((rs, n) -> rs.getObject("last_success", OffsetDateTime.class))
				.optional()
				.orElse(null);
			if (lastSuccess == null) {
				Thread.sleep(500);
			}
		}
		assertThat(lastSuccess).as("deadline-sweep ran successfully").isNotNull();
	}

	@Test
	void calendarPageShowsTheYearAsAYearWithItsHolidays() throws Exception {
		mvc.perform(get("/admin/calendar").param("year", "2026").with(user(users.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("2026 年放假和调休安排")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("2026-02-15")));
	}

	@Test
	void calendarAdminRefusesAClerk() throws Exception {
		mvc.perform(get("/admin/calendar").with(user(users.loadUserByUsername("clerk.chengguan"))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/calendar/import").with(user(users.loadUserByUsername("clerk.chengguan"))).with(csrf())
				.param("notice", "2098-01-01,HOLIDAY,元旦"))
			.andExpect(status().isForbidden());
		assertThat(calendar.year(2098)).isEmpty();
	}

	@Test
	void aBadPastedLineIsNamedAndNothingIsStored() throws Exception {
		String page = mvc.perform(post("/admin/calendar/import").with(user(users.loadUserByUsername("admin"))).with(csrf())
				.param("notice", "2099-01-01,HOLIDAY,元旦\n2099-13-45,HOLIDAY,坏行\n2099-01-02,HOLIDAY,元旦"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("第 2 行").contains("2099-13-45");
		assertThat(calendar.year(2099)).isEmpty();
	}

	@Test
	void aPastedNoticeIsStoredAndCounts() throws Exception {
		LocalDate saturday = LocalDate.of(2097, 1, 1);
		while (saturday.getDayOfWeek() != DayOfWeek.SATURDAY) {
			saturday = saturday.plusDays(1);
		}
		LocalDate monday = saturday.plusDays(2);
		try {
			mvc.perform(post("/admin/calendar/import").with(user(users.loadUserByUsername("admin"))).with(csrf())
					.param("notice", saturday + ",WORKDAY,测试调休上班\n" + monday + ",HOLIDAY,测试节日\n")
					.param("source", "测试通知"))
				.andExpect(status().is3xxRedirection());
			assertThat(calendar.year(2097)).extracting(CalendarDay::day).containsExactly(saturday, monday);
			assertThat(calendar.isWorkingDay(saturday)).isTrue();
			assertThat(calendar.isWorkingDay(monday)).isFalse();
			String page = mvc.perform(get("/admin/calendar").param("year", "2097").with(user(users.loadUserByUsername("admin"))))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("测试节日").contains(monday.toString());
			long audited = jdbc.sql("SELECT COUNT(*) FROM access_audit_event WHERE record_type = 'deadlines_calendar_day'")
				.query(Long.class)
				.single();
			assertThat(audited).isPositive();
		}
		finally {
			jdbc.sql("DELETE FROM deadlines_calendar_day WHERE calendar_date BETWEEN '2097-01-01' AND '2097-12-31'").update();
		}
	}
}
