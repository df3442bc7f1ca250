package org.legalaid.hotline;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.legalaid.Staff;
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

/** The operator's call screen, the lists and details, the public survey page and the knowledge-base administration. */
@SpringBootTest
@AutoConfigureMockMvc
class HotlinePagesTests {

	@Autowired MockMvc mvc;
	@Autowired UserDetailsService users;
	@Autowired Consultations consultations;
	@Autowired JdbcClient jdbc;

	@Test
	void theOperatorRecordsACallAndGetsAnEmptyFormBack() throws Exception {
		mvc.perform(get("/hotline").with(as(users, "hotline.gansu")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("autofocus"), containsString("for=\"question\""),
					containsString("value=\"PHONE_12348\" selected"), containsString("input changed delay:300ms"),
					containsString("name=\"startedAtMillis\""))));

		long start = Instant.now().minusSeconds(150).toEpochMilli();
		var result = mvc.perform(post("/hotline").with(csrf()).with(as(users, "hotline.gansu"))
				.param("channel", "PHONE_12348").param("topicCode", "LABOUR").param("callerGroups", "MIGRANT_WORKER")
				.param("question", "页面登记：工地欠薪怎么办").param("answerSummary", "可申请法律援助")
				.param("startedAtMillis", Long.toString(start)))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/hotline"))
			.andExpect(flash().attributeExists("recorded"))
			.andReturn();
		long id = (Long) result.getFlashMap().get("recorded");
		Consultation c = Staff.signedIn(users, "hotline.gansu", () -> consultations.get(new ConsultationId(id)));
		assertThat(c.durationSeconds()).isBetween(149, 200);
		assertThat(c.topicCode()).isEqualTo("LABOUR");

		mvc.perform(post("/hotline").with(csrf()).with(as(users, "hotline.gansu"))
				.param("channel", "PHONE_12348").param("topicCode", "LABOUR").param("question", " ")
				.param("startedAtMillis", Long.toString(start)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写咨询问题")))
			.andExpect(content().string(containsString("请按提示修改标红的项目")));
		mvc.perform(post("/hotline").with(as(users, "hotline.gansu")).param("question", "x")).andExpect(status().isForbidden());
	}

	@Test
	void theKnowledgeBaseSearchAnswersAsAFragment() throws Exception {
		mvc.perform(get("/hotline/faq").param("q", "工伤").with(as(users, "hotline.gansu")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("工伤认定应当在什么时间内申请"), containsString("data-answer"),
					not(containsString("<html")))));
		mvc.perform(get("/js/hotline-call.js"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("answerSummary")));
	}

	@Test
	void theListDetailsAndSatisfactionPagesShowInScope() throws Exception {
		ConsultationId id = Staff.signedIn(users, "clerk.chengguan",
				() -> consultations.record(ConsultationTests.draft("页面详情问题", 60)));
		mvc.perform(get("/hotline/consultations").param("operator", "clerk.chengguan").with(as(users, "hotline.gansu")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("/hotline/consultations/" + id)));
		mvc.perform(get("/hotline/consultations").param("operator", "clerk.chengguan").param("from", "2026-05-31").param("to", "2026-05-01")
				.with(as(users, "hotline.gansu")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<div id=\"to-error\" class=\"invalid-feedback\">截止日期不能早于起始日期。</div>"),
					containsString("value=\"2026-05-31\""), not(containsString("/hotline/consultations/" + id)))));
		mvc.perform(get("/hotline/consultations/" + id).with(as(users, "clerk.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("139****5678"), not(containsString("页面详情问题")),
					containsString("/wages/new?consultation=" + id))));
		mvc.perform(post("/hotline/consultations/" + id + "/question").with(csrf()).with(as(users, "clerk.chengguan")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("页面详情问题")));
		mvc.perform(get("/hotline/consultations/" + id).with(as(users, "clerk.qilihe"))).andExpect(status().isNotFound());
		mvc.perform(post("/hotline/consultations/" + id + "/rating").with(csrf()).with(as(users, "clerk.chengguan")).param("satisfaction", "5"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/hotline/consultations/" + id + "/referrals").with(csrf()).with(as(users, "clerk.chengguan"))
				.param("kind", "HOTLINE").param("hotline", "12333").param("reference", "R-77"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/hotline/consultations/" + id).with(as(users, "clerk.chengguan")))
			.andExpect(content().string(allOf(containsString("R-77"), containsString("5 非常满意"))));
		mvc.perform(get("/hotline/satisfaction").with(as(users, "director.chengguan")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("clerk.chengguan")));
	}

	@Test
	void theSurveyPageNeedsNoSignInAndRecordsOnce() throws Exception {
		ConsultationId id = Staff.signedIn(users, "hotline.gansu", () -> consultations.record(ConsultationTests.draft("问卷", 60)));
		String path = Staff.signedIn(users, "hotline.gansu", () -> consultations.surveyLink(id));

		mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString("name=\"satisfaction\"")));
		mvc.perform(post(path).param("satisfaction", "3")).andExpect(status().isForbidden());
		mvc.perform(post(path).with(csrf()).param("satisfaction", "3"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("感谢您的评价")));
		mvc.perform(post(path).with(csrf()).param("satisfaction", "1"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("此评价链接已使用过")));
		mvc.perform(get(path)).andExpect(content().string(allOf(containsString("此评价链接已使用过"), not(containsString("name=\"satisfaction\"")))));
		assertThat(Staff.signedIn(users, "hotline.gansu", () -> consultations.get(id)).satisfaction()).isEqualTo(3);
	}

	@Test
	void administratorsEditTheKnowledgeBase() throws Exception {
		mvc.perform(get("/admin/faq").with(as(users, "bureau.gansu"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("老板拖欠工资不给怎么办")));
		mvc.perform(post("/admin/faq").with(csrf()).with(as(users, "bureau.gansu"))
				.param("topicCode", "OTHER").param("question", "公证费用可以减免吗").param("answer", "符合条件的可以申请减免。").param("active", "true"))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/faq"));
		mvc.perform(get("/hotline/faq").param("q", "公证").with(as(users, "hotline.gansu")))
			.andExpect(content().string(containsString("公证费用可以减免吗")));
		mvc.perform(post("/admin/faq").with(csrf()).with(as(users, "bureau.gansu")).param("topicCode", "OTHER").param("question", "无解答"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("请填写解答")));
		mvc.perform(get("/admin/faq").with(as(users, "hotline.gansu"))).andExpect(status().isForbidden());
	}
}
