package org.legalaid.wages;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The unpaid-wage pages: list, form, complaint page with its actions, figures, navigation and scope. */
@SpringBootTest
@AutoConfigureMockMvc
class WagesPagesTests {

	@Autowired MockMvc mvc;
	@Autowired UserDetailsService users;
	@Autowired Complaints complaints;
	@Autowired JdbcClient jdbc;

	WagesFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new WagesFixtures(users, jdbc, complaints);
	}

	String page(String username, String path) throws Exception {
		return mvc.perform(get(path).with(as(users, username))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	int version(ComplaintId id) {
		return fx.get("clerk.chengguan", id).version();
	}

	@Test
	void theNavigationShowsTheChannelToFrontLineStaffAndSupervisors() throws Exception {
		for (String user : new String[] { "hotline.gansu", "clerk.chengguan", "director.chengguan", "bureau.gansu" }) {
			assertThat(page(user, "/")).as(user).contains("href=\"/wages\"").contains("欠薪维权");
			assertThat(page(user, "/wages")).as(user).contains("欠薪投诉");
		}
		assertThat(page("lawyer.chengguan", "/")).doesNotContain("href=\"/wages\"");
		mvc.perform(get("/wages").with(as(users, "lawyer.chengguan"))).andExpect(status().isForbidden());
		assertThat(page("clerk.chengguan", "/wages?lang=en")).contains("Unpaid-wage complaints");
	}

	@Test
	void theFormRefusesBadInputNextToTheFieldAndSavesAGoodComplaint() throws Exception {
		assertThat(page("clerk.chengguan", "/wages/new")).contains("for=\"complainantName\"", "for=\"regionCode\"",
				"for=\"amountOwed\"", "type=\"month\"", "<option value=\"620102\"");
		String employer = WagesFixtures.employer();
		long before = fx.complaintRows();
		mvc.perform(post("/wages").with(csrf()).with(as(users, "clerk.chengguan"))
				.param("complainantName", "赵六").param("complainantPhone", "13987654321").param("employerName", employer)
				.param("employerCreditCode", "91620102MA71X8XK40").param("regionCode", "620102").param("workers", "5")
				.param("amountOwed", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("请按提示修改标红的项目"), containsString("请填写有效金额"),
					containsString("value=\"赵六\""))));
		mvc.perform(post("/wages").with(csrf()).with(as(users, "clerk.chengguan"))
				.param("complainantName", "赵六").param("complainantPhone", "13987654321").param("employerName", employer)
				.param("employerCreditCode", "91620102MA71X8XK40").param("regionCode", "620102").param("workers", "5")
				.param("amountOwed", "25000").param("owedFrom", "2026-03"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"employerCreditCode-error\""), containsString("统一社会信用代码无效"),
					containsString("is-invalid"))));
		assertThat(fx.complaintRows()).isEqualTo(before);

		String location = mvc.perform(post("/wages").with(csrf()).with(as(users, "clerk.chengguan"))
				.param("complainantName", "赵六").param("complainantPhone", "13987654321").param("employerName", employer)
				.param("employerCreditCode", WagesFixtures.CREDIT_CODE).param("regionCode", "620102").param("workers", "5")
				.param("amountOwed", "25000").param("owedFrom", "2026-03").param("owedTo", "2026-06")
				.param("description", "五名工人三个月工资未发"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/wages/\\d+");
		String detail = page("clerk.chengguan", location);
		assertThat(detail).contains(employer, "139****4321", "2026-03 – 2026-06", "已登记", "25,000.00").doesNotContain("13987654321");
		String revealed = mvc.perform(post(location + "/phone").with(csrf()).with(as(users, "clerk.chengguan")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(revealed).contains("13987654321");
		mvc.perform(get(location).with(as(users, "clerk.qilihe"))).andExpect(status().isNotFound());
		mvc.perform(post(location + "/phone").with(csrf()).with(as(users, "clerk.qilihe"))).andExpect(status().isNotFound());
	}

	@Test
	void theComplaintPageRefersSupervisesAndKeepsTheLedgerWithReasonsForRefusals() throws Exception {
		ComplaintId id = fx.record("clerk.chengguan", WagesFixtures.draft(WagesFixtures.employer(), "620102", 6, "30000.00",
				LocalDate.of(2026, 9, 24)));
		String path = "/wages/" + id;
		assertThat(page("clerk.chengguan", path)).contains("name=\"agencyName\"", "name=\"centreId\"", "兰州市法律援助中心");
		mvc.perform(post(path + "/referral").with(csrf()).with(as(users, "clerk.chengguan"))
				.param("kind", "CENTRE").param("version", Integer.toString(version(id))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"centre-error\""), containsString("请选择一个在用的法律援助中心"))));
		mvc.perform(post(path + "/referral").with(csrf()).with(as(users, "clerk.chengguan"))
				.param("kind", "LABOUR_INSPECTION").param("agencyName", "城关区劳动保障监察大队").param("reference", "JC-9")
				.param("version", Integer.toString(version(id))))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(path + "/status").with(csrf()).with(as(users, "clerk.chengguan"))
				.param("status", "RESOLVED").param("version", Integer.toString(version(id))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("投诉状态为“已转办”，不能改为“已解决”；当前只能改为：已受理、未解决结案。")));
		mvc.perform(post(path + "/status").with(csrf()).with(as(users, "clerk.chengguan"))
				.param("status", "ACCEPTED").param("version", "0"))
			.andExpect(status().isConflict());

		mvc.perform(post(path + "/supervisions").with(csrf()).with(as(users, "director.chengguan"))
				.param("instruction", "请五个工作日内答复。").param("issuedOn", "2026-09-30"))
			.andExpect(status().is3xxRedirection());
		String supervised = page("director.chengguan", path);
		assertThat(supervised).contains("第 1 轮督办", "2026-10-13", "督办答复已超期", "⚠", "再次督办");
		String list = mvc.perform(get("/wages").param("employer", fx.get("clerk.chengguan", id).employerName())
				.with(as(users, "clerk.chengguan"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("督办答复已超期", "⚠", "2026-10-13");
		assertThat(page("clerk.chengguan", path)).doesNotContain("name=\"instruction\"");

		Long supervision = jdbc.sql("SELECT id FROM wages_supervision WHERE complaint_id = :c").param("c", id.value())
			.query(Long.class).single();
		mvc.perform(post(path + "/reports").with(csrf()).with(as(users, "clerk.chengguan"))
				.param("supervisionId", supervision.toString()).param("text", "监察大队已立案调查"))
			.andExpect(status().is3xxRedirection());
		assertThat(page("director.chengguan", path)).contains("监察大队已立案调查", "督办已答复");

		mvc.perform(post(path + "/recoveries").with(csrf()).with(as(users, "clerk.chengguan"))
				.param("recoveredOn", WagesFixtures.today().toString()).param("amount", "30000.01").param("method", "NEGOTIATION")
				.param("workers", "6").param("version", Integer.toString(version(id))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"amount-error\""), containsString("追回金额不能超过未追回金额 30000.00 元"))));
		mvc.perform(post(path + "/recoveries").with(csrf()).with(as(users, "clerk.chengguan"))
				.param("recoveredOn", WagesFixtures.today().toString()).param("amount", "12000").param("method", "NEGOTIATION")
				.param("workers", "3").param("version", Integer.toString(version(id))))
			.andExpect(status().is3xxRedirection());
		assertThat(page("clerk.chengguan", path)).contains("12,000.00", "18,000.00", "协商");

		mvc.perform(get(path).with(as(users, "clerk.qilihe"))).andExpect(status().isNotFound());
		mvc.perform(post(path + "/recoveries").with(csrf()).with(as(users, "clerk.qilihe"))
				.param("recoveredOn", WagesFixtures.today().toString()).param("amount", "1").param("method", "NEGOTIATION")
				.param("workers", "1").param("version", Integer.toString(version(id))))
			.andExpect(status().isNotFound());
		mvc.perform(post(path + "/status").with(csrf()).with(as(users, "clerk.qilihe"))
				.param("status", "ACCEPTED").param("version", Integer.toString(version(id))))
			.andExpect(status().isNotFound());
	}

	@Test
	void theFiguresPageShowsTheCountiesAndTheTotal() throws Exception {
		fx.record("clerk.chengguan", WagesFixtures.draft(WagesFixtures.employer(), "620102", 2, "800.00", LocalDate.of(2022, 5, 9)));
		assertThat(page("director.chengguan", "/wages/figures?from=2022-05-01&to=2022-05-31"))
			.contains("欠薪维权分地区统计", "城关区 (620102)", "合计", "800.00");
		assertThat(page("director.chengguan", "/wages/figures?from=2022-05-31&to=2022-05-01")).contains("截止日期不能早于起始日期");
		assertThat(page("clerk.qilihe", "/wages/figures?from=2022-05-01&to=2022-05-31")).doesNotContain("城关区 (620102)");
	}
}
