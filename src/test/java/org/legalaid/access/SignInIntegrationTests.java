package org.legalaid.access;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sign-in: BCrypt passwords, lockout after repeated failures, audit of every attempt, CSRF on forms. */
@SpringBootTest
@AutoConfigureMockMvc
class SignInIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired Accounts accounts;
	@Autowired CurrentActor actors;
	@Autowired JdbcClient jdbc;

	private String newAccount(String username) {
		long unit = jdbc.sql("SELECT id FROM network_unit WHERE division_code = '620102' AND kind = 'CENTRE'").query(Long.class).single();
		actors.runAsSystem(() -> accounts.provision(new AccountDraft(username, "测试", unit, Set.of(Role.WINDOW_CLERK), true,
				"Correct2026pw"), false));
		return username;
	}

	private long audited(String username, String action) {
		return jdbc.sql("SELECT COUNT(*) FROM access_audit_event WHERE actor_username = :u AND action = :a")
			.param("u", username).param("a", action).query(Long.class).single();
	}

	@Test
	void signsInWithTheRightPasswordStoredAsBcrypt() throws Exception {
		String u = newAccount("signin." + System.nanoTime());
		mvc.perform(formLogin("/login").user(u).password("Correct2026pw")).andExpect(authenticated().withUsername(u))
			.andExpect(redirectedUrl("/"));
		assertThat(jdbc.sql("SELECT password_hash FROM access_account WHERE username = :u").param("u", u).query(String.class).single())
			.startsWith("$2a$").doesNotContain("Correct2026pw");
		assertThat(audited(u, "LOGIN")).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = :u").param("u", u).query(Integer.class).single())
			.as("the session is kept in the database, shared by every node").isEqualTo(1);
	}

	@Test
	void locksTheAccountAfterFiveFailuresEvenForTheRightPassword() throws Exception {
		String u = newAccount("lockout." + System.nanoTime());
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(u).password("wrong-" + i)).andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin("/login").user(u).password("Correct2026pw")).andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"));
		assertThat(audited(u, "LOGIN_FAILED")).isEqualTo(6);
		assertThat(audited(u, "LOCKED")).isEqualTo(1);

		long id = jdbc.sql("SELECT id FROM access_account WHERE username = :u").param("u", u).query(Long.class).single();
		actors.runAsSystem(() -> accounts.unlock(id));
		mvc.perform(formLogin("/login").user(u).password("Correct2026pw")).andExpect(authenticated());
	}

	@Test
	void fourFailuresThenSuccessResetsTheCount() throws Exception {
		String u = newAccount("reset." + System.nanoTime());
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin("/login").user(u).password("nope")).andExpect(unauthenticated());
		}
		mvc.perform(formLogin("/login").user(u).password("Correct2026pw")).andExpect(authenticated());
		assertThat(jdbc.sql("SELECT failed_attempts FROM access_account WHERE username = :u").param("u", u).query(Integer.class).single())
			.isZero();
	}

	@Test
	void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/login").param("username", "admin").param("password", "LegalAid2026")).andExpect(status().isForbidden());
		mvc.perform(post("/login").with(csrf()).param("username", "admin").param("password", "LegalAid2026"))
			.andExpect(authenticated());
	}
}
