package org.legalaid.duty;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalaid.IdNumbers;
import org.legalaid.shared.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.legalaid.Staff.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The duty pages: the lawyer's page and form, the record list and details, stations, the roster and figures. Days −11…−15. */
@SpringBootTest
@AutoConfigureMockMvc
class DutyPagesTests {

	@Autowired MockMvc mvc;
	@Autowired UserDetailsService users;
	@Autowired LegalHelp help;
	@Autowired JdbcClient jdbc;

	DutyFixtures f;
	long detention;
	long court;

	@BeforeEach
	void setUp() {
		f = new DutyFixtures(users, jdbc);
		detention = f.unit(DutyFixtures.DETENTION);
		court = f.unit(DutyFixtures.COURT);
	}

	static String local(int daysBack, int hour) {
		return LocalDateTime.now(DutyFixtures.CHINA).truncatedTo(ChronoUnit.DAYS).minusDays(daysBack).plusHours(hour).toString();
	}

	@Test
	void theLawyerRecordsHelpOnTheDutyPage() throws Exception {
		mvc.perform(get("/duty").with(as(users, "lawyer.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("我的值班安排"), containsString("登记法律帮助"),
					containsString(DutyFixtures.DETENTION), containsString("type=\"datetime-local\""), containsString("for=\"personName\""),
					containsString("认罪认罚案件"), not(containsString("name=\"providerId\"")), containsString("href=\"/duty\""))));

		String id = IdNumbers.fresh();
		var result = mvc.perform(post("/duty/records").with(csrf()).with(as(users, "lawyer.chengguan"))
				.param("stationUnitId", Long.toString(detention)).param("helpedAt", local(11, 10)).param("stage", "PROSECUTION_REVIEW")
				.param("personName", "页面登记人").param("personIdNumber", id).param("helpTypes", "CONSULTATION")
				.param("pleaLeniency", "true").param("presentAtSigning", "true"))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/duty"))
			.andExpect(flash().attributeExists("recorded"))
			.andReturn();
		long recorded = (Long) result.getFlashMap().get("recorded");
		HelpRecord r = f.as("lawyer.chengguan", () -> help.get(new HelpRecordId(recorded)));
		assertThat(r.stage()).isEqualTo(HelpStage.PROSECUTION_REVIEW);
		assertThat(r.presentAtSigning()).isTrue();
		assertThat(r.helpedAt().toLocalDateTime().toString()).isEqualTo(local(11, 10));

		mvc.perform(post("/duty/records").with(csrf()).with(as(users, "lawyer.chengguan"))
				.param("stationUnitId", Long.toString(detention)).param("helpedAt", local(11, 11)).param("stage", "TRIAL")
				.param("personName", "无认罪认罚").param("helpTypes", "CONSULTATION").param("presentAtSigning", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("只有认罪认罚案件才有具结书签署在场"), containsString("请按提示修改标红的项目"),
					containsString("value=\"无认罪认罚\""))));
		mvc.perform(post("/duty/records").with(csrf()).with(as(users, "lawyer.chengguan"))
				.param("stationUnitId", Long.toString(detention)).param("helpedAt", local(11, 12)).param("stage", "TRIAL")
				.param("personName", "号码错").param("personIdNumber", IdNumbers.withWrongCheck(id)).param("helpTypes", "CONSULTATION"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("校验码错误")));
		mvc.perform(post("/duty/records").with(csrf()).with(as(users, "lawyer.chengguan"))
				.param("stationUnitId", Long.toString(detention)).param("helpedAt", "not-a-time").param("stage", "TRIAL")
				.param("personName", "时间错").param("helpTypes", "CONSULTATION"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("请填写有效的日期和时间")));
		mvc.perform(post("/duty/records").with(as(users, "lawyer.chengguan")).param("personName", "x")).andExpect(status().isForbidden());
	}

	@Test
	void centreStaffRecordOnALawyersBehalf() throws Exception {
		mvc.perform(get("/duty").with(as(users, "clerk.chengguan")))
			.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("name=\"providerId\""), containsString("孙丽"))));
		mvc.perform(post("/duty/records").with(csrf()).with(as(users, "clerk.chengguan"))
				.param("stationUnitId", Long.toString(court)).param("providerId", Long.toString(f.provider("李娜").value()))
				.param("helpedAt", local(12, 9)).param("stage", "TRIAL").param("personName", "代登记").param("helpTypes", "CONSULTATION"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("不具备值班律师条件")));
		mvc.perform(post("/duty/records").with(csrf()).with(as(users, "clerk.chengguan"))
				.param("stationUnitId", Long.toString(court)).param("providerId", Long.toString(f.provider("孙丽").value()))
				.param("helpedAt", local(12, 9)).param("stage", "TRIAL").param("personName", "代登记").param("helpTypes", "CONSULTATION"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void theListAndTheRecordShowMaskedDataAndStayInScope() throws Exception {
		String id = IdNumbers.fresh();
		HelpRecordId r = f.as("lawyer.chengguan", () -> {
			DraftBuilder d = new DraftBuilder(detention, DutyFixtures.at(LocalDate.now(DutyFixtures.CHINA).minusDays(13), 10, 0));
			d.personName = "列表查看人";
			d.personIdNumber = id;
			d.application(d.helpedAt.minusHours(1), null);
			return help.record(d.build());
		});
		mvc.perform(get("/duty/records").param("q", "列表查看").with(as(users, "director.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/duty/records/" + r), containsString("申请尚未转交，已超过 24 小时"))));
		mvc.perform(get("/duty/records").param("q", "列表查看").param("from", "2026-05-31").param("to", "2026-05-01")
				.with(as(users, "director.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<div id=\"to-error\" class=\"invalid-feedback\">截止日期不能早于起始日期。</div>"),
					not(containsString("/duty/records/" + r)))));
		mvc.perform(get("/duty/records").param("q", "列表查看").with(as(users, "clerk.qilihe")))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString("/duty/records/" + r))));
		mvc.perform(get("/duty/records/" + r).with(as(users, "lawyer.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(id.substring(0, 6) + "********"), not(containsString(id)),
					containsString("登记转交"))));
		mvc.perform(post("/duty/records/" + r + "/id-number").with(csrf()).with(as(users, "lawyer.chengguan")))
			.andExpect(status().isOk()).andExpect(content().string(containsString(id)));
		mvc.perform(get("/duty/records/" + r).with(as(users, "clerk.qilihe"))).andExpect(status().isNotFound());
		mvc.perform(post("/duty/records/" + r + "/id-number").with(csrf()).with(as(users, "clerk.qilihe"))).andExpect(status().isNotFound());

		int version = f.as("lawyer.chengguan", () -> help.get(r)).version();
		mvc.perform(post("/duty/records/" + r + "/forwarded").with(csrf()).with(as(users, "lawyer.chengguan"))
				.param("version", Integer.toString(version)).param("forwardedAt", local(13, 11)))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", true));
		mvc.perform(get("/duty/records/" + r).with(as(users, "lawyer.chengguan")))
			.andExpect(content().string(allOf(not(containsString("登记转交")), not(containsString("已超过 24 小时")))));
		assertThat(f.as("director.chengguan", () -> help.search(new HelpRecordFilter("列表查看", null, null, null, null, null, true),
				PageRequest.of(0, 10))).total()).isZero();
	}

	@Test
	void directorsKeepStationsAndRosters() throws Exception {
		mvc.perform(get("/duty/stations").with(as(users, "director.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(DutyFixtures.DETENTION), containsString(DutyFixtures.COURT),
					containsString("看守所"), containsString("name=\"openDays\""), not(containsString("妇联")))));
		mvc.perform(get("/duty/stations").with(as(users, "lawyer.chengguan")))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString("name=\"openDays\""))));

		LocalDate day = LocalDate.now(DutyFixtures.CHINA).minusDays(14);
		mvc.perform(get("/duty/stations/" + detention).param("week", day.toString()).with(as(users, "director.chengguan")))
			.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("添加班次"), containsString("马晓梅"),
					not(containsString(">李娜")))));
		mvc.perform(post("/duty/stations/" + detention + "/shifts").with(csrf()).with(as(users, "director.chengguan"))
				.param("providerId", Long.toString(f.provider("李娜").value())).param("day", day.toString())
				.param("startTime", "09:00").param("endTime", "12:00"))
			.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("不能担任值班律师"), containsString("不具备值班律师条件"))));
		mvc.perform(post("/duty/stations/" + detention + "/shifts").with(csrf()).with(as(users, "director.chengguan"))
				.param("providerId", Long.toString(f.provider("马晓梅").value())).param("day", day.toString())
				.param("startTime", "20:00").param("endTime", "08:00"))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/duty/stations/" + detention + "?week=" + day));
		mvc.perform(get("/duty/stations/" + detention).param("week", day.toString()).with(as(users, "director.chengguan")))
			.andExpect(content().string(containsString("20:00–08:00 马晓梅")));
		mvc.perform(post("/duty/stations/" + detention + "/shifts").with(csrf()).with(as(users, "director.chengguan"))
				.param("providerId", Long.toString(f.provider("马晓梅").value())).param("day", day.toString())
				.param("startTime", "22:00").param("endTime", "23:00"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("已有重叠的班次")));
		mvc.perform(post("/duty/stations/" + detention + "/shifts").with(csrf()).with(as(users, "clerk.chengguan"))
				.param("providerId", "1").param("day", day.toString()).param("startTime", "09:00").param("endTime", "12:00"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/duty/stations/" + detention).with(as(users, "clerk.qilihe"))).andExpect(status().isNotFound());
	}

	@Test
	void figuresAndNavigation() throws Exception {
		mvc.perform(get("/duty/figures").with(as(users, "director.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("帮助人次"), containsString("城关区法律援助中心"),
					containsString(DutyFixtures.DETENTION), containsString("死刑复核阶段"))));
		mvc.perform(get("/duty/figures").param("from", "2026-02-01").param("to", "2026-01-01").with(as(users, "director.chengguan")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("截止日期不能早于起始日期")));
		mvc.perform(get("/duty/figures").param("unit", Long.toString(detention)).with(as(users, "clerk.qilihe")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/duty/figures").param("lang", "en").with(as(users, "director.chengguan")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("People helped")));
		mvc.perform(get("/").with(as(users, "lawyer.chengguan"))).andExpect(content().string(containsString("href=\"/duty\"")));
		mvc.perform(get("/").with(as(users, "hotline.gansu"))).andExpect(content().string(not(containsString("href=\"/duty\""))));
		mvc.perform(get("/duty").with(as(users, "hotline.gansu"))).andExpect(status().isForbidden());
		mvc.perform(get("/duty").with(as(users, "lawyer.court")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("尚未关联律师库中的援助人员")));
	}
}
