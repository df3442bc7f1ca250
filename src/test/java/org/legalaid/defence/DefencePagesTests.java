package org.legalaid.defence;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalaid.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The centre's pages: notifications, the full-coverage view with gaps in words, agency administration with the key once. */
@DefenceTest
class DefencePagesTests {

	@Autowired MockMvc mvc;
	@Autowired JdbcClient jdbc;
	@Autowired UserDetailsService users;
	@Autowired Agencies agencies;
	@Autowired Notifications notifications;
	@Autowired ApplicationEventPublisher events;
	@Autowired TransactionTemplate transaction;

	DefenceFixtures f;
	String court;

	@BeforeEach
	void setUp() {
		f = new DefenceFixtures(users, agencies, notifications, jdbc, events, transaction);
		court = f.agency(AgencyKind.COURT, "620102");
	}

	@Test
	void theCoverageViewShowsGapsInWordsAndCountsCounsel() throws Exception {
		long agency = agencies.authenticate(court).orElseThrow().agencyId();
		Notification gap = f.notify(court, DefenceFixtures.draft(LegalReason.BLIND_DEAF_OR_MUTE, Stage.TRIAL));
		Notification covered = f.notify(court, DefenceFixtures.draft(LegalReason.LIFE_OR_DEATH, Stage.TRIAL));
		f.accepted(covered, covered.receivedAt().plusHours(6));
		jdbc.sql("UPDATE defence_notification SET received_at = :r, due_at = :d WHERE id = :id")
			.param("r", OffsetDateTime.now().minusDays(5)).param("d", OffsetDateTime.now().minusDays(2)).param("id", gap.id()).update();

		var figures = Staff.signedIn(users, "director.chengguan",
				() -> notifications.coverage(new NotificationFilter(null, agency, null, null)));
		assertThat(figures.notified()).isEqualTo(2);
		assertThat(figures.withCounsel()).isEqualTo(1);
		assertThat(figures.gaps()).isEqualTo(1);
		assertThat(figures.overdueGaps()).isEqualTo(1);
		assertThat(figures.averageHoursToCounsel()).isEqualTo(6.0);
		assertThat(Staff.signedIn(users, "director.chengguan",
				() -> notifications.coverage(new NotificationFilter(Stage.INVESTIGATION, agency, null, null))).notified()).isZero();
		assertThat(Staff.signedIn(users, "clerk.qilihe",
				() -> notifications.coverage(new NotificationFilter(null, agency, null, null))).notified()).isZero();

		mvc.perform(get("/defence/coverage").param("agency", Long.toString(agency)).with(Staff.as(users, "director.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(gap.number())))
			.andExpect(content().string(containsString("超过指派期限")))
			.andExpect(content().string(not(containsString(covered.number()))));
		mvc.perform(get("/defence/notifications").param("agency", Long.toString(agency)).with(Staff.as(users, "clerk.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(gap.number())))
			.andExpect(content().string(containsString(covered.number())));
		mvc.perform(get("/defence/notifications/" + covered.id()).with(Staff.as(users, "clerk.chengguan")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("王律师")))
			.andExpect(content().string(not(containsString(covered.personIdMasked().substring(0, 3) + "0"))));
	}

	@Test
	void aDirectorRegistersAnAgencyAndSeesItsKeyOnce() throws Exception {
		long centre = f.centre("620102");
		var result = mvc.perform(post("/defence/agencies").with(csrf()).with(Staff.as(users, "director.chengguan"))
				.param("centreId", Long.toString(centre)).param("kind", "DETENTION_CENTRE").param("name", "兰州市城关区看守所（页面）"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("issuedKey")).andReturn();
		String key = (String) result.getFlashMap().get("issuedKey");
		assertThat(agencies.authenticate(key)).isPresent();
		String page = result.getResponse().getRedirectedUrl();
		mvc.perform(get(page).with(Staff.as(users, "director.chengguan")))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString(key))));

		mvc.perform(post("/defence/agencies").with(csrf()).with(Staff.as(users, "director.chengguan"))
				.param("centreId", Long.toString(centre)).param("name", "无类型"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("请选择机关类型")));
		mvc.perform(get(page).with(Staff.as(users, "clerk.qilihe"))).andExpect(status().isNotFound());

		long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
		int version = Staff.signedIn(users, "director.chengguan", () -> agencies.get(id)).version();
		long station = jdbc.sql("SELECT id FROM network_unit WHERE name = '城关区看守所法律援助工作站'").query(Long.class).single();
		mvc.perform(post(page).with(csrf()).with(Staff.as(users, "director.chengguan")).param("version", Integer.toString(version))
				.param("kind", "DETENTION_CENTRE").param("name", "<b>看守所</b>").param("stationUnitId", Long.toString(station)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.matchesRegex("(?s).*id=\"name-error\"[^>]*>[^<]+<.*")))
			.andExpect(content().string(containsString("value=\"&lt;b&gt;看守所&lt;/b&gt;\"")));
		mvc.perform(post(page).with(csrf()).with(Staff.as(users, "director.chengguan")).param("version", Integer.toString(version))
				.param("kind", "DETENTION_CENTRE").param("name", "兰州市城关区看守所（已改名）").param("stationUnitId", Long.toString(station)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(page).with(Staff.as(users, "director.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("兰州市城关区看守所（已改名）"), containsString("城关区看守所法律援助工作站"))));
	}
}
