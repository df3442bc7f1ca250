package org.legalaid.defence;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalaid.IdNumbers;
import org.legalaid.Staff;
import org.legalaid.assignment.AssignmentView;
import org.legalaid.assignment.Assignments;
import org.legalaid.assignment.CaseCandidate;
import org.legalaid.documents.DocumentKind;
import org.legalaid.documents.IssueRequest;
import org.legalaid.documents.OfficialDocuments;
import org.legalaid.shared.CurrentActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The partner API's contract: valid, duplicate, malformed, another agency's record, missing or bad credentials. */
@DefenceTest
class PartnerApiContractTests {

	@Autowired MockMvc mvc;
	@Autowired JdbcClient jdbc;
	@Autowired JsonMapper json;
	@Autowired UserDetailsService users;
	@Autowired Agencies agencies;
	@Autowired Notifications notifications;
	@Autowired ApplicationEventPublisher events;
	@Autowired TransactionTemplate transaction;
	@Autowired Assignments assignments;
	@Autowired OfficialDocuments documents;
	@Autowired CurrentActor actors;

	DefenceFixtures f;
	String court;

	@BeforeEach
	void setUp() {
		f = new DefenceFixtures(users, agencies, notifications, jdbc, events, transaction);
		court = f.agency(AgencyKind.COURT, "620102");
	}

	static String body(String caseNumber, String idNumber) {
		return """
				{"caseNumber": "%s", "stage": "TRIAL", "reason": "LIFE_OR_DEATH", "charge": "故意杀人",
				 "person": {"name": "张某", "idNumber": "%s", "ethnicity": "回族", "language": "ug"},
				 "coDefendants": [{"name": "李某"}], "hearingDate": "2026-12-01"}""".formatted(caseNumber, idNumber);
	}

	long rows(String caseNumber) {
		return jdbc.sql("SELECT COUNT(*) FROM defence_notification WHERE case_number = :c").param("c", caseNumber)
			.query(Long.class).single();
	}

	@Test
	void aValidNotificationIsReceivedWithItsNumberStatusAndDueTime() throws Exception {
		String caseNumber = "城法刑初字" + UUID.randomUUID();
		String requestId = "partner-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/api/v1/partner/notifications").header("Authorization", "Bearer " + court).header("X-Request-Id", requestId)
				.contentType("application/json").content(body(caseNumber, IdNumbers.fresh())))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(header().string("X-Request-Id", requestId))
			.andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.startsWith("620102-TZ-")))
			.andExpect(jsonPath("$.status").value("WAITING_FOR_COUNSEL"))
			.andExpect(jsonPath("$.article").value(LegalReason.LIFE_OR_DEATH.article()))
			.andExpect(jsonPath("$.dueAt").exists());
		assertThat(rows(caseNumber)).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM access_audit_event WHERE request_id = :r").param("r", requestId).query(Long.class).single())
			.as("the receipt is audited under the request's id").isPositive();
	}

	@Test
	void aRetryWithTheSameKeyOrOfTheSamePersonReturnsTheFirstNotification() throws Exception {
		String caseNumber = "城法刑初字" + UUID.randomUUID();
		String request = body(caseNumber, IdNumbers.fresh());
		String key = UUID.randomUUID().toString();
		var first = json.readTree(mvc.perform(post("/api/v1/partner/notifications").header("Authorization", "Bearer " + court)
				.header("Idempotency-Key", key).contentType("application/json").content(request))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		long id = first.get("id").asLong();
		mvc.perform(post("/api/v1/partner/notifications").header("Authorization", "Bearer " + court)
				.header("Idempotency-Key", key).contentType("application/json").content(request))
			.andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
		mvc.perform(post("/api/v1/partner/notifications").header("Authorization", "Bearer " + court)
				.contentType("application/json").content(request))
			.andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
		assertThat(rows(caseNumber)).isEqualTo(1);
	}

	@Test
	void aKeyReusedForAnotherNotificationIsRefusedNamingTheHeader() throws Exception {
		String key = UUID.randomUUID().toString();
		String caseNumber = "城法刑初字" + UUID.randomUUID();
		mvc.perform(post("/api/v1/partner/notifications").header("Authorization", "Bearer " + court).header("Idempotency-Key", key)
				.contentType("application/json").content(body(caseNumber, IdNumbers.fresh())))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/partner/notifications").header("Authorization", "Bearer " + court).header("Idempotency-Key", key)
				.contentType("application/json").content(body(caseNumber, IdNumbers.fresh())))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("Idempotency-Key"));
		assertThat(rows(caseNumber)).isEqualTo(1);
	}

	@Test
	void aMalformedNotificationNamesEveryBadFieldAndStoresNothing() throws Exception {
		String caseNumber = "城法刑初字" + UUID.randomUUID();
		String request = """
				{"caseNumber": "%s", "stage": "SENTENCING", "charge": "盗窃", "colour": "red",
				 "person": {"name": "<b>王某</b>", "idNumber": "%s", "birthDate": "1990-13-01"},
				 "coDefendants": [{"name": "赵某", "idNumber": "123"}]}""".formatted(caseNumber, IdNumbers.withWrongCheck(IdNumbers.fresh()));
		mvc.perform(post("/api/v1/partner/notifications").header("Authorization", "Bearer " + court)
				.contentType("application/json").content(request))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("colour", "stage", "reason", "person.name",
					"person.idNumber", "person.birthDate", "coDefendants[0].idNumber")))
			.andExpect(jsonPath("$.errors[?(@.field == 'person.idNumber')].code").value(hasItem("person.error.id.checksum")))
			.andExpect(jsonPath("$.errors[?(@.field == 'reason')].code").value(hasItem("defence.error.required")));
		assertThat(rows(caseNumber)).isZero();
	}

	@Test
	void anotherAgencysNotificationIsNotFound() throws Exception {
		String other = f.agency(AgencyKind.PROCURATORATE, "620102");
		long id = f.notify(other, DefenceFixtures.draft(LegalReason.MINOR, Stage.PROSECUTION_REVIEW)).id();
		mvc.perform(get("/api/v1/partner/notifications/" + id).header("Authorization", "Bearer " + other))
			.andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
		mvc.perform(get("/api/v1/partner/notifications/" + id).header("Authorization", "Bearer " + court))
			.andExpect(status().isNotFound()).andExpect(header().string("Content-Type", "application/problem+json"));
		mvc.perform(get("/api/v1/partner/notifications").header("Authorization", "Bearer " + court))
			.andExpect(status().isOk()).andExpect(jsonPath("$.items[?(@.id == " + id + ")]").isEmpty());
	}

	@Test
	void theAgencyReadsCounselAndDownloadsTheLetterIssuedForItsOwnNotificationOnly() throws Exception {
		Notification n = f.notify(court, DefenceFixtures.draft(LegalReason.BLIND_DEAF_OR_MUTE, Stage.TRIAL));
		CaseCandidate chosen = Staff.signedIn(users, "director.chengguan", () -> assignments.candidates(n.assignmentId())).stream()
			.filter(CaseCandidate::eligible).filter(c -> !"李明".equals(c.name())).findFirst().orElseThrow();
		AssignmentView accepted = Staff.signedIn(users, "director.chengguan", () -> assignments.accept(
				assignments.assign(n.assignmentId(), chosen.providerId(), chosen.rotationFirst() ? null : "熟悉该类案件")));
		assertThat(accepted.documentIds()).isNotEmpty();
		long letter = accepted.documentIds().getFirst();
		var other = actors.callAsSystem(() -> documents.issue(new IssueRequest(DocumentKind.OFFICIAL_LETTER,
				"official-letter", Map.of("recipient", "某单位", "paragraphs", List.of("无关。")),
				"assignment", "x" + n.id(), n.centreId(), "公函", null, null)));

		mvc.perform(get("/api/v1/partner/notifications/" + n.id()).header("Authorization", "Bearer " + court))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COUNSEL_ASSIGNED"))
			.andExpect(jsonPath("$.assignmentStatus").value("ACCEPTED"))
			.andExpect(jsonPath("$.counsel.name").value(chosen.name()))
			.andExpect(jsonPath("$.counsel.firm").value(chosen.organisationName()))
			.andExpect(jsonPath("$.letters").value(hasItem("/api/v1/partner/notifications/" + n.id() + "/letters/" + letter)));
		byte[] pdf = mvc.perform(get("/api/v1/partner/notifications/" + n.id() + "/letters/" + letter)
				.header("Authorization", "Bearer " + court))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		mvc.perform(get("/api/v1/partner/notifications/" + n.id() + "/letters/" + other.id()).header("Authorization", "Bearer " + court))
			.andExpect(status().isNotFound());
		String stranger = f.agency(AgencyKind.COURT, "620102");
		mvc.perform(get("/api/v1/partner/notifications/" + n.id() + "/letters/" + letter).header("Authorization", "Bearer " + stranger))
			.andExpect(status().isNotFound());
	}

	@Test
	void theApiIsDocumented() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/partner/notifications'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/partner/applications'].post").exists())
			.andExpect(jsonPath("$.components.schemas.NotificationRequest").exists());
	}

	@Test
	void noWrongDisabledOrRotatedKeyIsAProblemWith401() throws Exception {
		mvc.perform(get("/api/v1/partner/notifications")).andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Type", "application/problem+json"));
		mvc.perform(get("/api/v1/partner/notifications").header("Authorization", "Bearer " + court + "x"))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/partner/notifications").header("Authorization", "Bearer lap_000000000000_nothing-like-a-key-here")
				.contentType("application/json").content(body("x", IdNumbers.fresh())))
			.andExpect(status().isUnauthorized());

		String key = f.agency(AgencyKind.PUBLIC_SECURITY, "620102");
		long id = agencies.authenticate(key).orElseThrow().agencyId();
		String rotated = Staff.signedIn(users, "director.chengguan", () -> agencies.rotate(id, agencies.get(id).version())).secret();
		mvc.perform(get("/api/v1/partner/notifications").header("Authorization", "Bearer " + key)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/partner/notifications").header("Authorization", "Bearer " + rotated)).andExpect(status().isOk());
		Staff.signedIn(users, "director.chengguan", () -> agencies.setActive(id, agencies.get(id).version(), false));
		mvc.perform(get("/api/v1/partner/notifications").header("Authorization", "Bearer " + rotated)).andExpect(status().isUnauthorized());
	}

	@Test
	void aStaffSessionDoesNotOpenThePartnerApi() throws Exception {
		mvc.perform(get("/api/v1/partner/notifications").with(Staff.as(users, "director.chengguan")))
			.andExpect(status().isUnauthorized());
	}
}
