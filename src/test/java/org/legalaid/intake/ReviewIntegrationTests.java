package org.legalaid.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.legalaid.IdNumbers;
import org.legalaid.deadlines.DeadlineSweep;
import org.legalaid.documents.DocumentKind;
import org.legalaid.eligibility.ApplicantRole;
import org.legalaid.eligibility.Materials;
import org.legalaid.eligibility.MigrantClaim;
import org.legalaid.eligibility.Outcome;
import org.legalaid.eligibility.SignatureKind;
import org.legalaid.people.IdentityDocumentType;
import org.legalaid.people.PersonDraft;
import org.legalaid.people.PersonGroup;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The review decides by the eligibility rules and moves the application, with the decision letters. */
@SpringBootTest
@RecordApplicationEvents
class ReviewIntegrationTests {

	@Autowired ApplicationEvents events;

	@Autowired Applications applications;
	@Autowired Reviews reviews;
	@Autowired DeadlineSweep sweep;
	@Autowired UserDetailsService users;
	@Autowired JdbcClient jdbc;

	<T> T signedIn(String username, Supplier<T> work) {
		return org.legalaid.Staff.signedIn(users, username, work);
	}

	Registration register(String name, String matter, Set<PersonGroup> groups, Set<String> materials) {
		var draft = new ApplicationDraft(new PersonDraft(name, IdentityDocumentType.RESIDENT_ID, IdNumbers.fresh(),
				null, null, null, null, "13900001111", null, "620102", groups), null, null, matter, Channel.WINDOW, null, "案情",
				List.of(), null, materials);
		return signedIn("clerk.chengguan", () -> applications.register(draft, null));
	}

	static ReviewInput input(ApplicantRole role, int household, String income, MigrantClaim claim, boolean commitment) {
		return new ReviewInput(role, false, false, household, new BigDecimal(income), false, claim, commitment,
				commitment ? SignatureKind.SELF : null, null, null, false);
	}

	String letterText(ReviewResult result) throws Exception {
		byte[] pdf = jdbc.sql("SELECT content FROM documents_issued WHERE id = :id").param("id", result.documentId())
			.query((rs, n) -> rs.getBytes(1)).single();
		try (var doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
		}
	}

	Set<String> all() {
		return new HashSet<>(Materials.ORDER);
	}

	String timerStatus(Registration r, String rule) {
		return jdbc.sql("SELECT status FROM deadlines_timer WHERE subject_type = 'application' AND subject_id = :id AND rule_code = :r")
			.param("id", r.id().toString()).param("r", rule).query(String.class).single();
	}

	@Test
	void aMigrantWorkerClaimingPayIsGrantedWithoutTheHardshipCheck() throws Exception {
		Registration r = register("农民工甲", "A31.5", Set.of(PersonGroup.MIGRANT_WORKER), all());
		ReviewResult result = signedIn("reviewer.chengguan",
				() -> reviews.review(r.id(), input(ApplicantRole.CIVIL_OR_ADMIN_PARTY, 3, "50000", MigrantClaim.PAY, false)));
		assertThat(result.decision().decision().outcome()).isEqualTo(Outcome.GRANT);
		assertThat(result.decision().decision().checkRequired()).isFalse();
		assertThat(result.status()).isEqualTo(ApplicationStatus.GRANTED);
		assertThat(signedIn("clerk.chengguan", () -> applications.get(r.id())).status()).isEqualTo(ApplicationStatus.GRANTED);
		assertThat(letterText(result)).contains("给予法律援助决定书").contains(r.number()).contains("第四十二条");
		assertThat(timerStatus(r, "D4")).isEqualTo("MET");
		assertThat(timerStatus(r, "D6")).isEqualTo("OPEN");
		assertThat(events.stream(ApplicationGranted.class)).singleElement().satisfies(granted -> {
			assertThat(granted.applicationId()).isEqualTo(r.id());
			assertThat(granted.number()).isEqualTo(r.number());
			assertThat(granted.aidFirst()).isFalse();
			assertThat(granted.regionCode()).isEqualTo("620102");
			assertThat(jdbc.sql("SELECT rule_code FROM deadlines_timer WHERE id = :id").param("id", granted.assignmentTimerId())
				.query(String.class).single()).isEqualTo("D6");
		});
		assertThat(jdbc.sql("SELECT to_status FROM intake_status_history WHERE application_id = :id ORDER BY id")
			.param("id", r.id().value()).query(String.class).list()).containsExactly("RECEIVED", "UNDER_REVIEW", "GRANTED");
	}

	@Test
	void anIncomeAboveTheStandardIsRefusedInWritingWithTheWayToObject() throws Exception {
		Registration r = register("高收入乙", "A31.4", Set.of(), all());
		ReviewResult result = signedIn("reviewer.chengguan",
				() -> reviews.review(r.id(), input(ApplicantRole.CIVIL_OR_ADMIN_PARTY, 1, "90000", MigrantClaim.NONE, true)));
		assertThat(result.decision().decision().outcome()).isEqualTo(Outcome.REFUSE);
		assertThat(result.status()).isEqualTo(ApplicationStatus.REFUSED);
		String letter = letterText(result);
		assertThat(letter).contains("不予法律援助决定书").contains("城关区司法局").contains("第四十九条");
		assertThat(timerStatus(r, "D4")).isEqualTo("MET");

		signedIn("bureau.gansu", () -> {
			reviews.reopen(r.id(), "objection: correction ordered");
			return null;
		});
		assertThat(signedIn("clerk.chengguan", () -> applications.get(r.id())).status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
		assertThatThrownBy(() -> signedIn("bureau.gansu", () -> {
			reviews.reopen(r.id(), "again");
			return null;
		})).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("application.error.reopen.notRefused"));
	}

	@Test
	void missingMaterialsAreAskedForAtOnceAndNotSupplyingThemWithdrawsTheApplication() throws Exception {
		Registration r = register("缺材料丙", "A31.4", Set.of(), Set.of(Materials.APPLICATION_FORM));
		ReviewResult result = signedIn("reviewer.chengguan",
				() -> reviews.review(r.id(), input(ApplicantRole.CIVIL_OR_ADMIN_PARTY, 2, "1000", MigrantClaim.NONE, true)));
		assertThat(result.decision().decision().outcome()).isEqualTo(Outcome.NEED_MORE_MATERIALS);
		assertThat(result.status()).isEqualTo(ApplicationStatus.SUPPLEMENT_REQUESTED);
		assertThat(letterText(result)).contains("补充材料通知书").contains("身份证件").contains("与所申请事项有关的材料").contains("视为撤回");
		assertThat(signedIn("clerk.chengguan", () -> reviews.missingMaterials(r.id()))).contains(Materials.IDENTITY_DOCUMENT, Materials.CASE_MATERIALS);
		assertThatThrownBy(() -> signedIn("reviewer.chengguan",
				() -> reviews.review(r.id(), input(ApplicantRole.CIVIL_OR_ADMIN_PARTY, 2, "1000", MigrantClaim.NONE, true))))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("application.error.review.awaitingMaterials"));

		sweep.sweep(Instant.now().plus(40, ChronoUnit.DAYS));
		assertThat(signedIn("clerk.chengguan", () -> applications.get(r.id())).status()).isEqualTo(ApplicationStatus.DEEMED_WITHDRAWN);
	}

	@Test
	void suppliedMaterialsLetTheReviewGoOnToAGrant() {
		Registration r = register("补齐丁", "A31.4", Set.of(), Set.of(Materials.APPLICATION_FORM));
		signedIn("reviewer.chengguan", () -> reviews.review(r.id(), input(ApplicantRole.CIVIL_OR_ADMIN_PARTY, 2, "1000", MigrantClaim.NONE, true)));
		List<String> missing = signedIn("clerk.chengguan", () -> reviews.missingMaterials(r.id()));
		signedIn("clerk.chengguan", () -> {
			reviews.supplemented(r.id(), new HashSet<>(missing));
			return null;
		});
		assertThat(signedIn("clerk.chengguan", () -> applications.get(r.id())).status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
		assertThat(timerStatus(r, "D5")).isEqualTo("MET");
		ReviewResult result = signedIn("reviewer.chengguan",
				() -> reviews.review(r.id(), input(ApplicantRole.CIVIL_OR_ADMIN_PARTY, 2, "1000", MigrantClaim.NONE, true)));
		assertThat(result.status()).isEqualTo(ApplicationStatus.GRANTED);
		var documents = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
			.until(() -> signedIn("clerk.chengguan", () -> applications.documents(r.id())), list -> list.size() == 3);
		assertThat(documents).extracting(d -> d.kind())
			.containsExactlyInAnyOrder(DocumentKind.RECEIPT, DocumentKind.SUPPLEMENT_NOTICE, DocumentKind.GRANT_DECISION);
	}

	@Test
	void aidGivenFirstAsksForAssignmentAtOnceAndTheLaterGrantDoesNotAskAgain() {
		Registration r = register("先行戊", "A31.4", Set.of(), Set.of(Materials.APPLICATION_FORM));
		var urgent = new ReviewInput(ApplicantRole.CIVIL_OR_ADMIN_PARTY, false, false, 2, new BigDecimal("1000"), false,
				MigrantClaim.NONE, true, SignatureKind.SELF, null, 3, false);
		ReviewResult first = signedIn("reviewer.chengguan", () -> reviews.review(r.id(), urgent));
		assertThat(first.status()).isEqualTo(ApplicationStatus.PRE_AID);
		assertThat(events.stream(ApplicationGranted.class)).singleElement().satisfies(g -> assertThat(g.aidFirst()).isTrue());
		assertThat(timerStatus(r, "D6")).isEqualTo("OPEN");
		assertThat(first.decision().decision().missingMaterials()).isNotEmpty();
		assertThat(signedIn("clerk.chengguan", () -> reviews.missingMaterials(r.id())))
			.as("what is missing is kept while aid goes on")
			.containsExactlyElementsOf(first.decision().decision().missingMaterials());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM deadlines_timer WHERE subject_type = 'application' AND subject_id = :id AND rule_code = 'D5'")
			.param("id", r.id().toString()).query(Long.class).single()).as("no withdrawal clock while aided").isZero();

		for (String material : first.decision().decision().missingMaterials()) {
			signedIn("clerk.chengguan", () -> applications.attachEvidence(r.id(), material,
					new java.io.ByteArrayInputStream("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes())));
		}
		ReviewResult granted = signedIn("reviewer.chengguan", () -> reviews.review(r.id(), urgent));
		assertThat(granted.status()).isEqualTo(ApplicationStatus.GRANTED);
		assertThat(events.stream(ApplicationGranted.class)).as("one assignment per application").hasSize(1);
		assertThat(signedIn("clerk.chengguan", () -> reviews.missingMaterials(r.id()))).isEmpty();
	}

	@Test
	void onlyReviewersDecideAndADecidedApplicationIsNotReviewedAgain() {
		Registration r = register("权限戊", "A31.5", Set.of(PersonGroup.MIGRANT_WORKER), all());
		ReviewInput in = input(ApplicantRole.CIVIL_OR_ADMIN_PARTY, 1, "0", MigrantClaim.PAY, false);
		assertThatThrownBy(() -> signedIn("clerk.chengguan", () -> reviews.review(r.id(), in))).isInstanceOf(AccessRefused.class);
		signedIn("director.chengguan", () -> reviews.review(r.id(), in));
		assertThatThrownBy(() -> signedIn("director.chengguan", () -> reviews.review(r.id(), in)))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("application.error.review.closed"));
		Registration other = register("权限己", "A31.5", Set.of(PersonGroup.MIGRANT_WORKER), all());
		assertThatThrownBy(() -> signedIn("reviewer.chengguan", () -> reviews.review(other.id(),
				input(null, 1, "0", MigrantClaim.PAY, false))))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("role"));
	}
}
