package org.legalaid.objections;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalaid.intake.ApplicationStatus;
import org.legalaid.intake.Applications;
import org.legalaid.intake.Registration;
import org.legalaid.intake.Reviews;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The objection pages: recording, the list with the due date, the department's decision form, scope and roles. */
@SpringBootTest
@AutoConfigureMockMvc
class ObjectionPagesTests {

	@Autowired MockMvc mvc;
	@Autowired Applications applications;
	@Autowired Reviews reviews;
	@Autowired UserDetailsService users;
	@Autowired JdbcClient jdbc;

	RefusedApplications fixture;

	@BeforeEach
	void setUp() {
		fixture = new RefusedApplications(applications, reviews, users);
	}

	long objectionOf(Registration r) {
		return jdbc.sql("SELECT id FROM objections_objection WHERE application_id = :a AND status = 'LODGED'")
			.param("a", r.id().value()).query(Long.class).single();
	}

	long lodgeThroughTheForm(Registration r) throws Exception {
		mvc.perform(get("/objections/new").param("application", r.id().toString()).with(as(users, "clerk.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(r.number()), containsString("for=\"statement\""))));
		mvc.perform(post("/objections").with(csrf()).with(as(users, "clerk.chengguan"))
				.param("application", r.id().toString()).param("statement", "收入计算有误").param("receivedOn", ""))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/objections/*"));
		return objectionOf(r);
	}

	@Test
	void theClerkRecordsAnObjectionAndTheBureauDecidesAfterConfirming() throws Exception {
		Registration r = fixture.refused("页面异议甲");
		long id = lodgeThroughTheForm(r);

		mvc.perform(get("/objections").with(as(users, "bureau.gansu")))
			.andExpect(status().isOk()).andExpect(content().string(containsString(r.number())));
		mvc.perform(get("/objections/{id}", id).with(as(users, "bureau.gansu")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("type=\"radio\""), containsString("name=\"outcome\""),
					containsString("for=\"reasons\""), containsString("data-confirm"), not(containsString("收入计算有误")))));
		// the clerk sees the objection without the decision form
		mvc.perform(get("/objections/{id}", id).with(as(users, "clerk.chengguan")))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString("name=\"outcome\""))));

		// without the confirmation nothing is decided and the error is shown next to the checkbox
		mvc.perform(post("/objections/{id}/decision", id).with(csrf()).with(as(users, "bureau.gansu"))
				.param("outcome", "ORDER_CORRECTION").param("reasons", "未核实低保证明").param("version", "0"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("请勾选确认后再作出决定")));
		assertThat(jdbc.sql("SELECT status FROM objections_objection WHERE id = :id").param("id", id).query(String.class).single())
			.isEqualTo("LODGED");

		mvc.perform(post("/objections/{id}/decision", id).with(csrf()).with(as(users, "bureau.gansu"))
				.param("outcome", "ORDER_CORRECTION").param("reasons", "未核实低保证明").param("confirmed", "true").param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(fixture.signedIn("clerk.chengguan", () -> applications.get(r.id())).status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
		mvc.perform(get("/objections/{id}", id).with(as(users, "clerk.chengguan")))
			.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("已责令改正"), containsString(".pdf"))));
	}

	@Test
	void aMissingStatementIsShownNextToTheField() throws Exception {
		Registration r = fixture.refused("页面异议乙");
		mvc.perform(post("/objections").with(csrf()).with(as(users, "clerk.chengguan"))
				.param("application", r.id().toString()).param("statement", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"statement-error\""), containsString("请填写异议内容"))));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM objections_objection WHERE application_id = :a").param("a", r.id().value())
			.query(Long.class).single()).isZero();
	}

	@Test
	void aClerkCannotDecide() throws Exception {
		Registration r = fixture.refused("页面异议丙");
		long id = lodgeThroughTheForm(r);
		mvc.perform(post("/objections/{id}/decision", id).with(csrf()).with(as(users, "clerk.chengguan"))
				.param("outcome", "UPHELD").param("reasons", "维持").param("confirmed", "true"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT status FROM objections_objection WHERE id = :id").param("id", id).query(String.class).single())
			.isEqualTo("LODGED");
	}

	@Test
	void aNeighbouringCountyGetsNotFound() throws Exception {
		Registration r = fixture.refused("页面异议丁");
		mvc.perform(get("/objections/new").param("application", r.id().toString()).with(as(users, "clerk.qilihe")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/objections").with(csrf()).with(as(users, "clerk.qilihe"))
				.param("application", r.id().toString()).param("statement", "异议"))
			.andExpect(status().isNotFound());
		long id = lodgeThroughTheForm(r);
		mvc.perform(get("/objections/{id}", id).with(as(users, "clerk.qilihe"))).andExpect(status().isNotFound());
		mvc.perform(get("/objections").param("open", "false").with(as(users, "clerk.qilihe")))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString(r.number()))));
	}
}
