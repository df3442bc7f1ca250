package org.legalaid.network;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalaid.access.AccountDraft;
import org.legalaid.access.Accounts;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.legalaid.Staff.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A clerk of one county cannot reach a neighbouring county's records by guessing URLs or ids: not by page,
 * not by htmx fragment, not by form post and not by API.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DataScopeIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired UserDetailsService users;
	@Autowired JdbcClient jdbc;
	@Autowired Accounts accounts;
	@Autowired CurrentActor actors;

	long chengguan;
	long chengguanWorkstation;

	@BeforeEach
	void findUnits() {
		chengguan = unitAt("620102", "CENTRE");
		chengguanWorkstation = jdbc.sql("SELECT MIN(id) FROM network_unit WHERE parent_id = :p").param("p", chengguan)
			.query(Long.class).single();
		if (jdbc.sql("SELECT COUNT(*) FROM access_account WHERE username = 'bureau.qilihe'").query(Integer.class).single() == 0) {
			actors.runAsSystem(() -> accounts.provision(new AccountDraft("bureau.qilihe", "七里河区管理员",
					unitAt("620103", "CENTRE"), Set.of(Role.BUREAU_ADMIN), true, "Neighbour2026x"), false));
		}
	}

	long unitAt(String division, String kind) {
		return jdbc.sql("SELECT id FROM network_unit WHERE division_code = :d AND kind = :k").param("d", division)
			.param("k", kind).query(Long.class).single();
	}

	@Test
	void ownClerkSeesTheUnitAndItsStaff() throws Exception {
		mvc.perform(get("/network/units/{id}", chengguan).with(as(users, "clerk.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("城关区法律援助中心")));
		mvc.perform(get("/access/units/{id}/staff", chengguan).with(as(users, "clerk.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("clerk.chengguan")));
	}

	@Test
	void neighbourClerkIsRefusedThePageTheStaffAndTheChildren() throws Exception {
		mvc.perform(get("/network/units/{id}", chengguan).with(as(users, "clerk.qilihe")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("城关区法律援助中心"))));
		mvc.perform(get("/access/units/{id}/staff", chengguan).with(as(users, "clerk.qilihe")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("clerk.chengguan"))));
		mvc.perform(get("/network/children").param("parent", Long.toString(chengguan)).with(as(users, "clerk.qilihe")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/network/units/{id}", chengguanWorkstation).with(as(users, "clerk.qilihe")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/network/units/{id}/coverage", chengguan).with(as(users, "clerk.qilihe")))
			.andExpect(status().isNotFound());
	}

	@Test
	void neighbourIsRefusedByTheApiWithProblemDetails() throws Exception {
		mvc.perform(get("/api/v1/units/{id}", chengguan).with(as(users, "clerk.qilihe")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(404));
		mvc.perform(get("/api/v1/units/{id}/children", chengguan).with(as(users, "clerk.qilihe")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/units").param("q", "620102").with(as(users, "clerk.qilihe")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/units/{id}", chengguan).with(as(users, "clerk.chengguan")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.divisionCode").value("620102"));
	}

	@Test
	void neighbourAdministratorCannotChangeOrDeactivateByForm() throws Exception {
		int version = jdbc.sql("SELECT version FROM network_unit WHERE id = :id").param("id", chengguan).query(Integer.class).single();
		mvc.perform(post("/network/units/{id}", chengguan).with(as(users, "bureau.qilihe")).with(csrf())
				.param("kind", "CENTRE").param("name", "被篡改的名称").param("divisionCode", "620102").param("version", "" + version))
			.andExpect(status().isNotFound());
		mvc.perform(post("/network/units/{id}/deactivate", chengguanWorkstation).with(as(users, "bureau.qilihe")).with(csrf())
				.param("version", "0"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/network/units").with(as(users, "bureau.qilihe")).with(csrf())
				.param("parentId", "" + chengguan).param("kind", "WORKSTATION").param("name", "越权工作站")
				.param("hostInstitution", "COURT").param("divisionCode", "620102"))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("SELECT name FROM network_unit WHERE id = :id").param("id", chengguan).query(String.class).single())
			.isEqualTo("城关区法律援助中心");
		assertThat(jdbc.sql("SELECT active FROM network_unit WHERE id = :id").param("id", chengguanWorkstation)
			.query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM network_unit WHERE name = '越权工作站'").query(Integer.class).single()).isZero();
	}

	@Test
	void aClerkCannotManageUnitsEvenInScope() throws Exception {
		mvc.perform(post("/network/units/{id}/deactivate", chengguanWorkstation).with(as(users, "clerk.chengguan")).with(csrf())
				.param("version", "0"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anonymousApiCallsGetA401ProblemAndPagesRedirectToSignIn() throws Exception {
		mvc.perform(get("/api/v1/units/{id}", chengguan))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/network/units/{id}", chengguan))
			.andExpect(status().is3xxRedirection());
	}
}
