package org.legalaid.access;

import org.junit.jupiter.api.Test;
import org.legalaid.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.legalaid.Staff.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The administrator's account pages and a member's own password change. */
@SpringBootTest
@AutoConfigureMockMvc
class AccountAdministrationIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired UserDetailsService users;
	@Autowired JdbcClient jdbc;

	private long unit(String division) {
		return jdbc.sql("SELECT id FROM network_unit WHERE division_code = :d AND kind = 'CENTRE'").param("d", division)
			.query(Long.class).single();
	}

	private int accounts(String username) {
		return jdbc.sql("SELECT COUNT(*) FROM access_account WHERE username = :u").param("u", username).query(Integer.class).single();
	}

	@Test
	void anAdministratorCreatesAnAccountThatMustChangeItsPasswordFirst() throws Exception {
		String username = "new.clerk" + (System.nanoTime() % 100000);
		mvc.perform(post("/admin/accounts").with(as(users, "admin")).with(csrf()).param("username", username)
				.param("displayName", "新窗口").param("unitId", "" + unit("620102")).param("roles", "WINDOW_CLERK")
				.param("password", "Initial2026pw"))
			.andExpect(status().is3xxRedirection());
		assertThat(accounts(username)).isEqualTo(1);

		Cookie session = mvc.perform(formLogin("/login").user(username).password("Initial2026pw"))
			.andExpect(authenticated()).andExpect(redirectedUrl("/account/password")).andReturn().getResponse().getCookie("SESSION");
		mvc.perform(get("/network").cookie(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", "Initial2026pw")
				.param("newPassword", "short").param("confirmation", "short"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("密码长度须为 10–72 位")));
		mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", "Initial2026pw")
				.param("newPassword", "Changed2026pw").param("confirmation", "Changed2026pw"))
			.andExpect(redirectedUrl("/"));
		mvc.perform(get("/network").cookie(session)).andExpect(status().isOk());
		mvc.perform(formLogin("/login").user(username).password("Changed2026pw")).andExpect(authenticated());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM access_audit_event WHERE action = 'PASSWORD_CHANGED' AND actor_username = :u")
			.param("u", username).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aRefusedPasswordResetIsExplainedWithItsLimitsOnTheAccountPage() throws Exception {
		long id = jdbc.sql("SELECT id FROM access_account WHERE username = 'clerk.qilihe'").query(Long.class).single();
		Cookie session = mvc.perform(formLogin("/login").user("admin").password(Staff.PASSWORD))
			.andExpect(authenticated()).andReturn().getResponse().getCookie("SESSION");
		mvc.perform(post("/admin/accounts/" + id + "/password").cookie(session).with(csrf()).param("password", "short"))
			.andExpect(redirectedUrl("/admin/accounts/" + id));
		mvc.perform(get("/admin/accounts/" + id).cookie(session))
			.andExpect(status().isOk()).andExpect(content().string(containsString("密码长度须为 10–72 位")));
		mvc.perform(formLogin("/login").user("clerk.qilihe").password(Staff.PASSWORD)).andExpect(authenticated());
	}

	@Test
	void badInputIsShownNextToTheFieldAndStoresNothing() throws Exception {
		mvc.perform(post("/admin/accounts").with(as(users, "admin")).with(csrf()).param("username", "Bad Name!")
				.param("displayName", "x").param("unitId", "" + unit("620102")).param("roles", "WINDOW_CLERK")
				.param("password", "Initial2026pw"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("用户名须为")));
		mvc.perform(post("/admin/accounts").with(as(users, "admin")).with(csrf()).param("username", "clerk.chengguan")
				.param("displayName", "重复").param("unitId", "" + unit("620102")).param("roles", "WINDOW_CLERK")
				.param("password", "Initial2026pw"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("该用户名已被使用")));
		mvc.perform(post("/admin/accounts").with(as(users, "admin")).with(csrf()).param("username", "no.roles")
				.param("displayName", "无角色").param("unitId", "" + unit("620102")).param("password", "Initial2026pw"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("请至少选择一个角色")));
		mvc.perform(post("/admin/accounts").with(as(users, "admin")).with(csrf()).param("username", "weak.password")
				.param("displayName", "弱密码").param("unitId", "" + unit("620102")).param("roles", "WINDOW_CLERK")
				.param("password", "onlyletters"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("密码须同时包含字母和数字")));
		assertThat(accounts("no.roles") + accounts("weak.password")).isZero();
	}

	@Test
	void theFormNamesTheChosenUnitAndTheStaffListOffersANewAccountThere() throws Exception {
		long unit = unit("620102");
		mvc.perform(get("/admin/accounts/new").param("unit", "" + unit).with(as(users, "admin")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("已选：城关区法律援助中心")));
		mvc.perform(get("/access/units/{id}/staff", unit).with(as(users, "admin")))
			.andExpect(content().string(containsString("/admin/accounts/new?unit=" + unit)));
		mvc.perform(get("/access/units/{id}/staff", unit).with(as(users, "director.chengguan")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/admin/accounts/new"))));
	}

	@Test
	void accountAdministrationNeedsTheSystemAdministratorRole() throws Exception {
		mvc.perform(get("/admin/accounts").with(as(users, "bureau.gansu"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/accounts").with(as(users, "clerk.chengguan"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/accounts").param("q", "chengguan").with(as(users, "admin")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("clerk.chengguan")));
	}

	@Test
	void theNavigationFollowsTheRoles() throws Exception {
		mvc.perform(get("/").with(as(users, "admin"))).andExpect(content().string(containsString("账户管理")));
		mvc.perform(get("/").with(as(users, "clerk.chengguan")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("账户管理"))))
			.andExpect(content().string(containsString("服务网络")));
	}
}
