package org.legalaid.statistics;

import org.junit.jupiter.api.Test;
import org.legalaid.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class SameDayPageTests {

	@Autowired MockMvc mvc;
	@Autowired UserDetailsService users;

	@Test
	void theDirectorSeesThePeriodAndAnEmptyStateOrTheTable() throws Exception {
		mvc.perform(get("/statistics/same-day").param("from", "2001-01-01").param("to", "2001-01-31")
				.with(Staff.as(users, "director.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("“五个当天”办理情况")))
			.andExpect(content().string(containsString("value=\"2001-01-01\"")))
			.andExpect(content().string(containsString("所选期间内没有给予法律援助的绿色通道申请")));
	}

	@Test
	void aBackwardPeriodIsExplainedNextToTheEndDateWhichKeepsWhatWasTyped() throws Exception {
		mvc.perform(get("/statistics/same-day").param("from", "2001-02-01").param("to", "2001-01-01")
				.with(Staff.as(users, "director.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2001-01-01\"")))
			.andExpect(content().string(matchesPattern("(?s).*aria-invalid=\"true\" aria-describedby=\"to-error\".*")))
			.andExpect(content().string(containsString("<div id=\"to-error\" class=\"invalid-feedback\">截止日期不能早于起始日期。</div>")))
			.andExpect(content().string(not(containsString("所选期间内没有给予法律援助的绿色通道申请"))));
	}

	@Test
	void anOverlongPeriodNamesTheLongestAllowed() throws Exception {
		mvc.perform(get("/statistics/same-day").param("from", "2010-01-01").param("to", "2019-01-01")
				.with(Staff.as(users, "director.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("所选期间不能超过 1,098 天")));
	}

	@Test
	void aHotlineOperatorIsRefused() throws Exception {
		mvc.perform(get("/statistics/same-day").with(Staff.as(users, "hotline.gansu"))).andExpect(status().isForbidden());
	}
}
