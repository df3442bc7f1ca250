package org.legalaid.defence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalaid.IdNumbers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Detainees' applications forwarded by a detention centre: intake's forwarding channel with D1, status for the forwarder only. */
@DefenceTest
class ForwardedApplicationTests {

	@Autowired MockMvc mvc;
	@Autowired JdbcClient jdbc;
	@Autowired JsonMapper json;
	@Autowired UserDetailsService users;
	@Autowired Agencies agencies;
	@Autowired Notifications notifications;
	@Autowired ApplicationEventPublisher events;
	@Autowired TransactionTemplate transaction;

	DefenceFixtures f;
	String detention;

	@BeforeEach
	void setUp() {
		f = new DefenceFixtures(users, agencies, notifications, jdbc, events, transaction);
		detention = f.agency(AgencyKind.DETENTION_CENTRE, "620102");
	}

	static String body(OffsetDateTime receivedAt) {
		return """
				{"name": "在押甲", "idNumber": "%s", "receivedAt": "%s", "facts": "在押期间申请法律援助"}"""
			.formatted(IdNumbers.fresh(), receivedAt);
	}

	@Test
	void aForwardedApplicationBecomesAnIntakeApplicationOnTheForwardingChannelOnceForTheSameKey() throws Exception {
		OffsetDateTime receivedAt = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(30).truncatedTo(ChronoUnit.SECONDS);
		String request = body(receivedAt);
		String key = UUID.randomUUID().toString();
		var created = json.readTree(mvc.perform(post("/api/v1/partner/applications").header("Authorization", "Bearer " + detention)
				.header("Idempotency-Key", key).contentType("application/json").content(request))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.forwardedLate").value(true))
			.andReturn().getResponse().getContentAsString());
		long id = created.get("applicationId").asLong();
		mvc.perform(post("/api/v1/partner/applications").header("Authorization", "Bearer " + detention)
				.header("Idempotency-Key", key).contentType("application/json").content(request))
			.andExpect(status().isOk()).andExpect(jsonPath("$.applicationId").value(id));

		var row = jdbc.sql("SELECT channel, forwarded_received_at FROM intake_application WHERE id = :id").param("id", id)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getObject(2, OffsetDateTime.class) }).single();
		assertThat(row[0]).isEqualTo("FORWARDED_BY_ORGAN");
		assertThat(((OffsetDateTime) row[1]).toInstant()).isEqualTo(receivedAt.toInstant());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM defence_forwarded WHERE application_id = :id").param("id", id)
			.query(Long.class).single()).isEqualTo(1);

		mvc.perform(get("/api/v1/partner/applications/" + id).header("Authorization", "Bearer " + detention))
			.andExpect(status().isOk()).andExpect(jsonPath("$.number").value(created.get("number").asString()));
	}

	@Test
	void onlyDetentionCentresForwardAndOnlyTheForwarderReadsTheStatus() throws Exception {
		String court = f.agency(AgencyKind.COURT, "620102");
		mvc.perform(post("/api/v1/partner/applications").header("Authorization", "Bearer " + court)
				.contentType("application/json").content(body(OffsetDateTime.now().minusHours(2))))
			.andExpect(status().isForbidden());
		String id = json.readTree(mvc.perform(post("/api/v1/partner/applications").header("Authorization", "Bearer " + detention)
				.contentType("application/json").content(body(OffsetDateTime.now().minusHours(2))))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.forwardedLate").value(false))
			.andReturn().getResponse().getContentAsString()).get("applicationId").asString();
		mvc.perform(get("/api/v1/partner/applications/" + id).header("Authorization", "Bearer " + court))
			.andExpect(status().isNotFound());
		String otherDetention = f.agency(AgencyKind.DETENTION_CENTRE, "620102");
		mvc.perform(get("/api/v1/partner/applications/" + id).header("Authorization", "Bearer " + otherDetention))
			.andExpect(status().isNotFound());
	}

	@Test
	void aMalformedForwardingNamesTheFields() throws Exception {
		mvc.perform(post("/api/v1/partner/applications").header("Authorization", "Bearer " + detention)
				.contentType("application/json").content("{\"name\": \"甲\", \"receivedAt\": \"yesterday\", \"cell\": 3}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("receivedAt", "cell")));
	}
}
