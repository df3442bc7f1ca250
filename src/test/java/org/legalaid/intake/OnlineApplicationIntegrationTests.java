package org.legalaid.intake;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.legalaid.IdNumbers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.legalaid.Staff.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Applying online and by the API: idempotency, clear errors that store nothing, evidence checked by content, status. */
@SpringBootTest
@AutoConfigureMockMvc
class OnlineApplicationIntegrationTests {

	static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes();
	static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 };

	@Autowired MockMvc mvc;
	@Autowired JdbcClient jdbc;
	@Autowired JsonMapper json;
	@Autowired UserDetailsService users;

	long centre() {
		return jdbc.sql("SELECT id FROM network_unit WHERE division_code = '620102' AND kind = 'CENTRE'").query(Long.class).single();
	}

	long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	String body(String name, String id, String phone) {
		return """
				{"centreId": %d, "name": "%s", "residentIdNumber": "%s", "phone": "%s", "matterCode": "A31.5",
				 "facts": "工地欠薪", "opposingPartyName": "某劳务公司", "commitmentConfirmed": true}""".formatted(centre(), name, id, phone);
	}

	@Test
	void anApiSubmissionRetriedWithTheSameKeyCreatesOneApplication() throws Exception {
		String key = UUID.randomUUID().toString();
		String request = body("网上甲", IdNumbers.fresh(), "13912345678");
		long before = count("intake_application");
		var first = mvc.perform(post("/api/v1/applications").contentType("application/json").header("Idempotency-Key", key).content(request))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.number").exists()).andReturn().getResponse().getContentAsString();
		var again = mvc.perform(post("/api/v1/applications").contentType("application/json").header("Idempotency-Key", key).content(request))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(json.readTree(again).get("number").asString()).isEqualTo(json.readTree(first).get("number").asString());
		assertThat(json.readTree(again).get("accessToken").asString()).isEqualTo(json.readTree(first).get("accessToken").asString());
		assertThat(count("intake_application")).isEqualTo(before + 1);
		assertThat(jdbc.sql("SELECT channel FROM intake_application WHERE number = :n").param("n", json.readTree(first).get("number").asString())
			.query(String.class).single()).isEqualTo("ONLINE");
	}

	@Test
	void badInputIsAProblemNamingTheFieldAndStoresNothing() throws Exception {
		long applications = count("intake_application");
		long persons = count("people_person");
		mvc.perform(post("/api/v1/applications").contentType("application/json")
				.content(body("网上乙", IdNumbers.withWrongCheck(IdNumbers.fresh()), "13912345678")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.field").value("applicant.documentNumber"))
			.andExpect(jsonPath("$.detail").value(containsString("校验码")));
		mvc.perform(post("/api/v1/applications").contentType("application/json")
				.content(body("<script>alert(1)</script>", IdNumbers.fresh(), "13912345678")))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("applicant.name"));
		mvc.perform(post("/api/v1/applications").contentType("application/json").content(body("网上丙", IdNumbers.fresh(), "")))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("applicant.phone"));
		mvc.perform(post("/api/v1/applications").contentType("application/json").content("{\"centreId\": \"not a number\"}"))
			.andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		assertThat(count("intake_application")).isEqualTo(applications);
		assertThat(count("people_person")).isEqualTo(persons);
	}

	@Test
	void evidenceIsCheckedByContentAndSizeAndNeedsTheToken() throws Exception {
		var submitted = json.readTree(mvc.perform(post("/api/v1/applications").contentType("application/json")
				.content(body("网上丁", IdNumbers.fresh(), "13800138000"))).andReturn().getResponse().getContentAsString());
		String number = submitted.get("number").asString();
		String token = submitted.get("accessToken").asString();
		long evidence = count("intake_evidence");
		mvc.perform(multipart("/api/v1/applications/{n}/evidence", number).file(new MockMultipartFile("file", "合同.pdf", "application/pdf", PDF))
				.param("materialCode", "CASE_MATERIALS").header("X-Application-Token", token))
			.andExpect(status().isCreated());
		mvc.perform(multipart("/api/v1/applications/{n}/evidence", number).file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", EXE))
				.param("materialCode", "IDENTITY_DOCUMENT").header("X-Application-Token", token))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("file"));
		byte[] big = new byte[1_200_000];
		System.arraycopy(PDF, 0, big, 0, 8);
		mvc.perform(multipart("/api/v1/applications/{n}/evidence", number).file(new MockMultipartFile("file", "big.pdf", "application/pdf", big))
				.param("materialCode", "CASE_MATERIALS").header("X-Application-Token", token))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(multipart("/api/v1/applications/{n}/evidence", number).file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF))
				.param("materialCode", "CASE_MATERIALS").header("X-Application-Token", "wrong-token"))
			.andExpect(status().isNotFound());
		assertThat(count("intake_evidence")).isEqualTo(evidence + 1);
		assertThat(jdbc.sql("SELECT sha256 FROM intake_evidence WHERE application_id = (SELECT id FROM intake_application WHERE number = :n)")
			.param("n", number).query(String.class).single()).hasSize(64);

		mvc.perform(get("/api/v1/applications/{n}/status", number).header("X-Application-Token", token))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RECEIVED"));
		mvc.perform(get("/api/v1/applications/{n}/status", number).header("X-Applicant-Phone", "13800138000"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.number").value(number));
		mvc.perform(get("/api/v1/applications/{n}/status", number).header("X-Applicant-Phone", "13800138001"))
			.andExpect(status().isNotFound());
	}

	@Test
	void thePhonePageSubmitsWithFilesAndTheClerkSeesItInTheQueue() throws Exception {
		long applications = count("intake_application");
		mvc.perform(multipart("/public/apply").file(new MockMultipartFile("caseFiles", "x.jpg", "image/jpeg", EXE)).with(csrf())
				.param("idempotencyKey", UUID.randomUUID().toString()).param("centreId", "" + centre()).param("name", "网页戊")
				.param("documentNumber", IdNumbers.fresh()).param("phone", "13711112222").param("matterCode", "A31.5")
				.param("commitmentConfirmed", "true"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("只接受 JPG、PNG 图片或 PDF 文件")));
		assertThat(count("intake_application")).isEqualTo(applications);

		String page = mvc.perform(multipart("/public/apply").file(new MockMultipartFile("caseFiles", "x.pdf", "application/pdf", PDF)).with(csrf())
				.param("idempotencyKey", UUID.randomUUID().toString()).param("centreId", "" + centre()).param("name", "网页己")
				.param("documentNumber", IdNumbers.fresh()).param("phone", "13711113333").param("matterCode", "A31.5")
				.param("commitmentConfirmed", "true"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("申请已提交"))).andReturn().getResponse().getContentAsString();
		String number = page.replaceAll("(?s).*(620102-\\d{4}-\\d{6}).*", "$1");
		mvc.perform(get("/intake/applications").with(as(users, "clerk.chengguan")))
			.andExpect(content().string(containsString(number)));
		mvc.perform(post("/public/applications/status").with(csrf()).param("number", number).param("phone", "13711113333"))
			.andExpect(content().string(containsString("已收到")));
	}

	@Test
	void theApiIsDocumentedInOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/applications")))
			.andExpect(content().string(containsString("/api/v1/applications/{number}/evidence")));
	}
}
