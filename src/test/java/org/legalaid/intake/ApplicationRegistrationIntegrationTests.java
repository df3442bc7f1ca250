package org.legalaid.intake;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.legalaid.IdNumbers;
import org.legalaid.people.IdentityDocumentType;
import org.legalaid.people.PersonDraft;
import org.legalaid.people.PersonGroup;
import org.legalaid.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.legalaid.Staff.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Registering applications at the window: numbers, deadlines, idempotency, duplicates, bad input and scope. */
@SpringBootTest
@AutoConfigureMockMvc
class ApplicationRegistrationIntegrationTests {

	@Autowired Applications applications;
	@Autowired UserDetailsService users;
	@Autowired JdbcClient jdbc;
	@Autowired MockMvc mvc;

	<T> T signedIn(String username, Supplier<T> work) {
		return org.legalaid.Staff.signedIn(users, username, work);
	}

	static ApplicationDraft walkIn(String name, String idNumber, String matter, Set<PersonGroup> groups, String urgent) {
		return new ApplicationDraft(new PersonDraft(name, IdentityDocumentType.RESIDENT_ID, idNumber, null, null, null, null,
				"13800001234", "兰州市城关区某路 1 号", "620102", groups), null, null, matter, Channel.WINDOW, null,
				"欠薪三个月，约两万元", List.of(new OpposingParty("某建筑公司", null, "91620100MA00000000", "被申请人")), urgent,
				Set.of("APPLICATION_FORM", "IDENTITY_DOCUMENT"));
	}

	long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	@Test
	void aWalkInApplicationGetsANumberTheReviewDeadlineAndAHistory() {
		Registration r = signedIn("clerk.chengguan", () -> applications.register(walkIn("王小二", IdNumbers.fresh(), "A31.5", Set.of(), null), null));
		assertThat(r.number()).matches("620102-\\d{4}-\\d{6}");
		assertThat(r.repeated()).isFalse();
		ApplicationSummary a = signedIn("clerk.chengguan", () -> applications.get(r.id()));
		assertThat(a.status()).isEqualTo(ApplicationStatus.RECEIVED);
		assertThat(a.reviewDueAt()).isAfter(a.receivedAt().plusDays(6));
		assertThat(jdbc.sql("SELECT to_status FROM intake_status_history WHERE application_id = :id").param("id", r.id().value())
			.query(String.class).list()).containsExactly("RECEIVED");
		assertThat(jdbc.sql("SELECT facts_enc FROM intake_application WHERE id = :id").param("id", r.id().value())
			.query(String.class).single()).startsWith("v1:").doesNotContain("欠薪");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM deadlines_timer WHERE subject_type = 'application' AND subject_id = :id AND rule_code = 'D4'")
			.param("id", r.id().toString()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void everyRegistrationIssuesAReceiptListingTheMaterialsReceived() throws Exception {
		Registration r = signedIn("clerk.chengguan", () -> applications.register(walkIn("冯十三", IdNumbers.fresh(), "A31.5", Set.of(), null), null));
		var documents = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
			.until(() -> signedIn("clerk.chengguan", () -> applications.documents(r.id())), list -> !list.isEmpty());
		assertThat(documents).hasSize(1);
		assertThat(documents.getFirst().kind()).isEqualTo(org.legalaid.documents.DocumentKind.RECEIPT);
		byte[] pdf = jdbc.sql("SELECT content FROM documents_issued WHERE id = :id").param("id", documents.getFirst().id())
			.query((rs, n) -> rs.getBytes(1)).single();
		try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
			assertThat(text).contains("申请材料接收凭证").contains(r.number()).contains("冯十三").contains("法律援助申请表")
				.contains("身份证件").doesNotContain("个人诚信承诺书");
		}
	}

	@Test
	void aForwardedApplicationRecordsWhetherItCameWithinTwentyFourHours() {
		OffsetDateTime now = OffsetDateTime.now();
		ApplicationDraft late = new ApplicationDraft(PersonDraft.citizen("在押甲", IdNumbers.fresh()), null, null, "A24",
				Channel.FORWARDED_BY_ORGAN, now.minusHours(30), null, List.of(), null, Set.of());
		ApplicationDraft inTime = new ApplicationDraft(PersonDraft.citizen("在押乙", IdNumbers.fresh()), null, null, "A24",
				Channel.FORWARDED_BY_ORGAN, now.minusHours(3), null, List.of(), null, Set.of());
		Registration l = signedIn("clerk.chengguan", () -> applications.register(late, null));
		Registration t = signedIn("clerk.chengguan", () -> applications.register(inTime, null));
		assertThat(signedIn("clerk.chengguan", () -> applications.get(l.id())).forwardedLate()).isTrue();
		assertThat(signedIn("clerk.chengguan", () -> applications.get(t.id())).forwardedLate()).isFalse();
		assertThat(jdbc.sql("SELECT reason FROM intake_status_history WHERE application_id = :id").param("id", l.id().value())
			.query(String.class).single()).contains("forwarded late (D1");
	}

	@Test
	void aRepeatedSubmissionWithTheSameKeyCreatesOneApplication() {
		String key = UUID.randomUUID().toString();
		ApplicationDraft draft = walkIn("李四", IdNumbers.fresh(), "A31.5", Set.of(), null);
		long before = count("intake_application");
		Registration first = signedIn("clerk.chengguan", () -> applications.register(draft, key));
		Registration second = signedIn("clerk.chengguan", () -> applications.register(draft, key));
		assertThat(second.id()).isEqualTo(first.id());
		assertThat(second.repeated()).isTrue();
		assertThat(count("intake_application")).isEqualTo(before + 1);
		ApplicationDraft other = walkIn("李四", IdNumbers.fresh(), "A31.4", Set.of(), null);
		assertThatThrownBy(() -> signedIn("clerk.chengguan", () -> applications.register(other, key)))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("application.error.idempotency.reused"));
	}

	@Test
	void anOpenApplicationForTheSamePersonAndMatterIsFlagged() {
		String id = IdNumbers.fresh();
		Registration first = signedIn("clerk.chengguan", () -> applications.register(walkIn("赵六", id, "A31.4", Set.of(), null), null));
		Registration second = signedIn("clerk.chengguan", () -> applications.register(walkIn("赵六", id, "A31.4", Set.of(), null), null));
		assertThat(first.possibleDuplicateOf()).isNull();
		assertThat(second.possibleDuplicateOf()).isEqualTo(first.id().value());
		assertThat(second.id()).isNotEqualTo(first.id());
	}

	@Test
	void badInputGetsAClearErrorAndStoresNothing() {
		long applicationsBefore = count("intake_application");
		long peopleBefore = count("people_person");
		String wrongCheck = IdNumbers.withWrongCheck(IdNumbers.fresh());
		assertThatThrownBy(() -> signedIn("clerk.chengguan", () -> applications.register(walkIn("钱七", wrongCheck, "A31.5", Set.of(), null), null)))
			.isInstanceOfSatisfying(RuleViolation.class, e -> {
				assertThat(e.field()).isEqualTo("applicant.documentNumber");
				assertThat(e.messageKey()).isEqualTo("person.error.id.checksum");
			});
		assertThatThrownBy(() -> signedIn("clerk.chengguan", () -> applications.register(walkIn("<script>alert(1)</script>", IdNumbers.fresh(), "A31.5", Set.of(), null), null)))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("applicant.name"));
		assertThatThrownBy(() -> signedIn("clerk.chengguan", () -> applications.register(walkIn("", IdNumbers.fresh(), "A31.5", Set.of(), null), null)))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("applicant.name"));
		assertThatThrownBy(() -> signedIn("clerk.chengguan", () -> applications.register(walkIn("孙八", IdNumbers.fresh(), "NO_SUCH", Set.of(), null), null)))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("matterCode"));
		ApplicationDraft forwardedWithoutTime = new ApplicationDraft(PersonDraft.citizen("周九", IdNumbers.fresh()), null, null, "A24",
				Channel.FORWARDED_BY_ORGAN, null, null, List.of(), null, Set.of());
		assertThatThrownBy(() -> signedIn("clerk.chengguan", () -> applications.register(forwardedWithoutTime, null)))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("forwardedReceivedAt"));
		assertThat(count("intake_application")).isEqualTo(applicationsBefore);
		assertThat(count("people_person")).isEqualTo(peopleBefore);
	}

	@Test
	void theQueuePutsUrgentThenGreenChannelApplicationsFirst() {
		Registration normal = signedIn("clerk.jiayuguan", () -> applications.register(walkIn("普通", IdNumbers.fresh(), "A31.4", Set.of(), null), null));
		Registration green = signedIn("clerk.jiayuguan", () -> applications.register(walkIn("农民工", IdNumbers.fresh(), "A31.5", Set.of(PersonGroup.MIGRANT_WORKER), null), null));
		Registration urgent = signedIn("clerk.jiayuguan", () -> applications.register(walkIn("紧急", IdNumbers.fresh(), "A31.7", Set.of(), "诉讼时效仅剩 5 日"), null));
		var queue = signedIn("clerk.jiayuguan", () -> applications.queue(true, "", org.legalaid.shared.PageRequest.of(0, 200))).items();
		List<ApplicationId> order = queue.stream().map(ApplicationSummary::id).filter(id -> Set.of(normal.id(), green.id(), urgent.id()).contains(id)).toList();
		assertThat(order).containsExactly(urgent.id(), green.id(), normal.id());
		assertThat(queue.stream().filter(a -> a.id().equals(green.id())).findFirst().orElseThrow().greenChannel()).isTrue();
	}

	@Test
	void aNeighbouringCountyCannotOpenTheApplication() throws Exception {
		Registration r = signedIn("clerk.chengguan", () -> applications.register(walkIn("吴十", IdNumbers.fresh(), "A31.5", Set.of(), null), null));
		mvc.perform(get("/intake/applications/{id}", r.id().value()).with(as(users, "clerk.chengguan")))
			.andExpect(status().isOk()).andExpect(content().string(containsString(r.number())));
		mvc.perform(get("/intake/applications/{id}", r.id().value()).with(as(users, "clerk.qilihe")))
			.andExpect(status().isNotFound()).andExpect(content().string(not(containsString("吴十"))));
		mvc.perform(post("/intake/applications/{id}/facts", r.id().value()).with(as(users, "clerk.qilihe")).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theFormShowsErrorsNextToTheFieldsAndADoubleClickRegistersOnce() throws Exception {
		String key = UUID.randomUUID().toString();
		long before = count("intake_application");
		String idNumber = IdNumbers.fresh();
		for (int click = 0; click < 2; click++) {
			mvc.perform(post("/intake/applications").with(as(users, "clerk.chengguan")).with(csrf())
					.param("idempotencyKey", key).param("name", "郑十一").param("documentType", "RESIDENT_ID")
					.param("documentNumber", idNumber).param("matterCode", "A31.5").param("channel", "WINDOW"))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(count("intake_application")).isEqualTo(before + 1);
		mvc.perform(post("/intake/applications").with(as(users, "clerk.chengguan")).with(csrf())
				.param("idempotencyKey", UUID.randomUUID().toString()).param("name", "郑十二").param("documentType", "RESIDENT_ID")
				.param("documentNumber", IdNumbers.withWrongCheck(IdNumbers.fresh())).param("matterCode", "A31.5").param("channel", "WINDOW"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
		assertThat(count("intake_application")).isEqualTo(before + 1);
	}
}
