package org.legalaid.assignment;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalaid.deadlines.Deadlines;
import org.legalaid.lawyers.Organisation;
import org.legalaid.lawyers.ProviderId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.legalaid.Staff.as;
import static org.legalaid.assignment.AssignmentFixtures.person;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The assignment pages: queue, case page with candidates and reasons, assign and override, offers, AB posts, scope. */
@SpringBootTest
@AutoConfigureMockMvc
class AssignmentPagesTests {

	@Autowired MockMvc mvc;
	@Autowired UserDetailsService users;
	@Autowired Assignments assignments;
	@Autowired Deadlines deadlines;
	@Autowired JdbcClient jdbc;

	@Autowired AssignmentFixtures fx;
	Organisation firm;

	@BeforeEach
	void setUp() {
		firm = fx.firm();
	}

	String page(String username, String path) throws Exception {
		return mvc.perform(get(path).with(as(users, username))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	static String row(String html, ProviderId id) {
		String row = html.substring(html.indexOf("data-provider=\"" + id.value() + "\""));
		return row.substring(0, row.indexOf("</tr>"));
	}

	static List<String> reasonsIn(String row) {
		return java.util.Arrays.stream(row.split("<li>")).skip(1).map(li -> li.substring(0, li.indexOf("</li>"))).toList();
	}

	@Test
	void theQueueListsTheCaseWithItsTimeLimitAndTheNavigationShowsTheDesk() throws Exception {
		long c = fx.openCase(List.of(person("受援人页面", null)), List.of());
		String number = fx.as("director.chengguan", () -> assignments.get(c)).subject().number();
		assertThat(page("director.chengguan", "/assignments?filter=WAITING&sort=due&size=200")).contains("指派工作台").contains("href=\"/assignments\"");
		assertThat(page("director.chengguan", "/assignments/" + c)).contains(number).contains("待指派");
		assertThat(page("director.chengguan", "/assignments?lang=en")).contains("Assignment desk");
		assertThat(page("lawyer.chengguan", "/")).contains("href=\"/assignments/offers\"").doesNotContain("href=\"/assignments\"");
		mvc.perform(get("/assignments").with(as(users, "lawyer.chengguan"))).andExpect(status().isForbidden());
	}

	@Test
	void theCasePageShowsEveryCandidateWithEveryReasonOfExclusion() throws Exception {
		ProviderId ok = fx.lawyer(firm, "合格律师", AssignmentFixtures.idNumber(), 8, 5, Set.of(), null, null);
		ProviderId junior = fx.lawyer(firm, "年轻律师", AssignmentFixtures.idNumber(), 3, 1, Set.of(), null, null);
		long c = fx.openCase("ug", 3, null, List.of(person("受援人理由", null)), List.of());
		String html = page("director.chengguan", "/assignments/" + c);
		// both are excluded for the language; the junior one also for experience, each reason with its message
		assertThat(reasonsIn(row(html, ok))).containsExactly("不掌握所需语言：ug");
		assertThat(reasonsIn(row(html, junior))).containsExactlyInAnyOrder("不掌握所需语言：ug", "刑事辩护经历不足：需要 3 年以上，目前 1 年");
		assertThat(row(html, junior)).contains("年轻律师").contains("排除");
	}

	@Test
	void theDirectorAssignsByRotationAndAnOverrideWithoutReasonIsRefusedNextToTheField() throws Exception {
		ProviderId a = fx.lawyer(firm);
		ProviderId b = fx.lawyer(firm);
		long c = fx.openCase(List.of(person("受援人表单", null)), List.of());
		long first = fx.as("director.chengguan", () -> assignments.choose(c)).orElseThrow().providerId();
		long other = first == a.value() ? b.value() : a.value();

		String refused = mvc.perform(post("/assignments/" + c + "/assign").with(csrf()).with(as(users, "director.chengguan"))
				.param("providerId", Long.toString(other)).param("overrideReason", ""))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("请填写理由").contains("is-invalid");

		mvc.perform(post("/assignments/" + c + "/assign").with(csrf()).with(as(users, "director.chengguan"))
				.param("providerId", Long.toString(first)))
			.andExpect(redirectedUrl("/assignments/" + c));
		assertThat(page("director.chengguan", "/assignments/" + c)).contains("已指派待接受").contains("轮流指派");
	}

	@Test
	void aNeighbouringCountyGetsNotFoundForTheCaseAndItsActions() throws Exception {
		ProviderId a = fx.lawyer(firm);
		long c = fx.openCase(List.of(person("受援人范围", null)), List.of());
		mvc.perform(get("/assignments/" + c).with(as(users, "clerk.qilihe"))).andExpect(status().isNotFound());
		mvc.perform(post("/assignments/" + c + "/assign").with(csrf()).with(as(users, "clerk.qilihe")).param("providerId", Long.toString(a.value())))
			.andExpect(status().is4xxClientError());
		long offer = fx.as("director.chengguan", () -> assignments.assign(c, a.value(), "就近"));
		mvc.perform(post("/assignments/offers/" + offer + "/accept").with(csrf()).with(as(users, "clerk.qilihe")))
			.andExpect(status().isNotFound());
		assertThat(fx.as("director.chengguan", () -> assignments.get(c)).status()).isEqualTo(AssignmentStatus.OFFERED);
	}

	@Test
	void theBackupPostsPageAppointsAndRefusesAnInvalidPeriodNextToTheField() throws Exception {
		String refused = mvc.perform(post("/assignments/backups").with(csrf()).with(as(users, "director.chengguan"))
				.param("absent", "clerk.chengguan").param("backup", "reviewer.chengguan")
				.param("from", "2030-01-02T09:00").param("to", "2030-01-01T09:00"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("请填写有效的起止时间");
		mvc.perform(post("/assignments/backups").with(csrf()).with(as(users, "director.chengguan"))
				.param("absent", "clerk.chengguan").param("backup", "reviewer.chengguan")
				.param("from", "2030-01-01T09:00").param("to", "2030-01-05T18:00").param("reason", "年休假"))
			.andExpect(redirectedUrl("/assignments/backups"));
		assertThat(page("director.chengguan", "/assignments/backups")).contains("clerk.chengguan").contains("年休假");
	}

	@Test
	void theLawyerSeesAnEmptyListWithoutOffers() throws Exception {
		assertThat(page("lawyer.court", "/assignments/offers")).contains("目前没有指派给您的案件");
	}
}
