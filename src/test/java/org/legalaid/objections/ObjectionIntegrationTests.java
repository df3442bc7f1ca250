package org.legalaid.objections;

import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalaid.documents.DocumentKind;
import org.legalaid.documents.IssuedDocument;
import org.legalaid.intake.ApplicationStatus;
import org.legalaid.intake.Applications;
import org.legalaid.intake.Registration;
import org.legalaid.intake.Reviews;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Objections to refusals: recorded by the centre, decided by the justice department within D15, in writing. */
@SpringBootTest
class ObjectionIntegrationTests {

	@Autowired Objections objections;
	@Autowired Applications applications;
	@Autowired Reviews reviews;
	@Autowired UserDetailsService users;
	@Autowired JdbcClient jdbc;

	RefusedApplications fixture;

	@BeforeEach
	void setUp() {
		fixture = new RefusedApplications(applications, reviews, users);
	}

	ObjectionId lodge(Registration r, String username) {
		return fixture.signedIn(username, () -> objections.lodge(r.id(), new ObjectionDraft("家庭收入计算有误，请求重新审查。", null)));
	}

	String timerStatus(ObjectionId id) {
		return jdbc.sql("SELECT status FROM deadlines_timer WHERE subject_type = 'objection' AND subject_id = :id AND rule_code = 'D15'")
			.param("id", id.toString()).query(String.class).single();
	}

	String letterText(long documentId) throws Exception {
		byte[] pdf = jdbc.sql("SELECT content FROM documents_issued WHERE id = :id").param("id", documentId)
			.query((rs, n) -> rs.getBytes(1)).single();
		try (var doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
		}
	}

	long chengguanCentre() {
		return jdbc.sql("SELECT id FROM network_unit WHERE division_code = '620102' AND kind = 'CENTRE'").query(Long.class).single();
	}

	@Test
	void anUpheldRefusalIsDecidedInWritingWithTheFurtherRemedies() throws Exception {
		Registration r = fixture.refused("异议人甲");
		ObjectionId id = lodge(r, "clerk.chengguan");

		Objection lodged = fixture.signedIn("bureau.gansu", () -> objections.get(id));
		assertThat(lodged.status()).isEqualTo(ObjectionStatus.LODGED);
		assertThat(lodged.applicationNumber()).isEqualTo(r.number());
		assertThat(lodged.receivedBy()).isEqualTo("clerk.chengguan");
		assertThat(lodged.centreId()).isEqualTo(chengguanCentre());
		assertThat(timerStatus(id)).isEqualTo("OPEN");
		// five calendar days from receipt, the start day not counted (a holiday may move it later, never earlier)
		assertThat(lodged.reviewDueOn()).isAfterOrEqualTo(lodged.lodgedAt().toLocalDate().plusDays(5));
		assertThat(jdbc.sql("SELECT statement_enc FROM objections_objection WHERE id = :id").param("id", id.value())
			.query(String.class).single()).doesNotContain("家庭收入");

		IssuedDocument letter = fixture.signedIn("bureau.gansu",
				() -> objections.decide(id, ObjectionOutcome.UPHELD, "申请人家庭月收入明显高于当地经济困难标准。"));
		assertThat(letter.kind()).isEqualTo(DocumentKind.OBJECTION_DECISION);
		String text = letterText(letter.id());
		assertThat(text).contains("异议处理决定书").contains(r.number()).contains("维持").contains("行政复议").contains("六十日")
			.contains("行政诉讼").contains("六个月").contains("城关区司法局").contains("第四十九条").contains("经济困难标准");

		Objection decided = fixture.signedIn("bureau.gansu", () -> objections.get(id));
		assertThat(decided.status()).isEqualTo(ObjectionStatus.UPHELD);
		assertThat(decided.decidedBy()).isEqualTo("bureau.gansu");
		assertThat(decided.decisionDocumentId()).isEqualTo(letter.id());
		assertThat(timerStatus(id)).isEqualTo("MET");
		assertThat(fixture.signedIn("clerk.chengguan", () -> applications.get(r.id())).status()).isEqualTo(ApplicationStatus.REFUSED);
		assertThat(fixture.signedIn("clerk.chengguan", () -> applications.documents(r.id())))
			.extracting(IssuedDocument::kind).contains(DocumentKind.OBJECTION_DECISION);
		assertThatThrownBy(() -> fixture.signedIn("bureau.gansu", () -> objections.decide(id, ObjectionOutcome.ORDER_CORRECTION, "再议")))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("objection.error.decided"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM access_audit_event WHERE record_type = 'objection' AND record_id = :id")
			.param("id", id.toString()).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void anOrderToCorrectSendsTheApplicationBackToReview() throws Exception {
		Registration r = fixture.refused("异议人乙");
		ObjectionId id = lodge(r, "reviewer.chengguan");
		IssuedDocument letter = fixture.signedIn("bureau.gansu",
				() -> objections.decide(id, ObjectionOutcome.ORDER_CORRECTION, "未核实申请人提交的低保证明。"));
		assertThat(letterText(letter.id())).contains("责令").contains("改正").doesNotContain("行政复议");
		assertThat(fixture.signedIn("clerk.chengguan", () -> applications.get(r.id())).status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
		assertThat(fixture.signedIn("clerk.chengguan", () -> objections.get(id)).status()).isEqualTo(ObjectionStatus.CORRECTION_ORDERED);
		assertThat(timerStatus(id)).isEqualTo("MET");
	}

	@Test
	void onlyARefusalCanBeObjectedTo() {
		Registration r = fixture.granted("受援人丙");
		assertThatThrownBy(() -> lodge(r, "clerk.chengguan"))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("objection.error.notRefused"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM objections_objection WHERE application_id = :a").param("a", r.id().value())
			.query(Long.class).single()).isZero();
	}

	@Test
	void oneOpenObjectionPerApplicationAndAnotherAfterTheDecision() {
		Registration r = fixture.refused("异议人丁");
		ObjectionId first = lodge(r, "clerk.chengguan");
		assertThatThrownBy(() -> lodge(r, "director.chengguan"))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("objection.error.alreadyOpen"));
		fixture.signedIn("bureau.gansu", () -> objections.decide(first, ObjectionOutcome.UPHELD, "维持。"));
		ObjectionId second = lodge(r, "clerk.chengguan");
		assertThat(second).isNotEqualTo(first);
		assertThat(fixture.signedIn("clerk.chengguan", () -> objections.forApplication(r.id())))
			.extracting(Objection::id).containsExactly(second, first);
	}

	@Test
	void onlyTheJusticeDepartmentDecides() {
		Registration r = fixture.refused("异议人戊");
		ObjectionId id = lodge(r, "clerk.chengguan");
		for (String staff : new String[] { "clerk.chengguan", "director.chengguan" }) {
			assertThatThrownBy(() -> fixture.signedIn(staff, () -> objections.decide(id, ObjectionOutcome.UPHELD, "维持")))
				.isInstanceOf(AccessRefused.class);
		}
		assertThat(fixture.signedIn("bureau.gansu", () -> objections.get(id)).status()).isEqualTo(ObjectionStatus.LODGED);
		assertThatThrownBy(() -> fixture.signedIn("bureau.gansu", () -> objections.decide(id, ObjectionOutcome.UPHELD, "  ")))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("reasons"));
		assertThatThrownBy(() -> fixture.signedIn("bureau.gansu", () -> objections.decide(id, null, "理由")))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("outcome"));
		assertThat(timerStatus(id)).isEqualTo("OPEN");
	}

	@Test
	void aNeighbouringCountyNeitherSeesNorLodges() {
		Registration r = fixture.refused("异议人己");
		ObjectionId id = lodge(r, "clerk.chengguan");
		assertThatThrownBy(() -> fixture.signedIn("clerk.qilihe", () -> objections.get(id))).isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> lodge(r, "clerk.qilihe")).isInstanceOf(RecordNotFound.class);
		assertThat(fixture.signedIn("clerk.qilihe", () -> objections.list(false, PageRequest.of(0, 200))).items())
			.extracting(Objection::id).doesNotContain(id);
		assertThat(fixture.signedIn("bureau.gansu", () -> objections.list(true, PageRequest.of(0, 200))).items())
			.extracting(Objection::id).contains(id);
	}

	@Test
	void theStatementIsRequiredAndRevealingItIsAudited() {
		Registration r = fixture.refused("异议人庚");
		assertThatThrownBy(() -> fixture.signedIn("clerk.chengguan", () -> objections.lodge(r.id(), new ObjectionDraft(" ", null))))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("statement"));
		LocalDate dayAfterTomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2);
		assertThatThrownBy(() -> fixture.signedIn("clerk.chengguan", () -> objections.lodge(r.id(), new ObjectionDraft("异议", dayAfterTomorrow))))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("receivedOn"));
		ObjectionId id = lodge(r, "clerk.chengguan");
		assertThat(fixture.signedIn("reviewer.chengguan", () -> objections.revealStatement(id))).isEqualTo("家庭收入计算有误，请求重新审查。");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM access_audit_event WHERE record_type = 'objection' AND record_id = :id AND action = 'REVEAL_PERSONAL_DATA'")
			.param("id", id.toString()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theApplicationScopeIsReadThroughIntakeWithinTheActorsScope() {
		Registration r = fixture.refused("异议人辛");
		Applications.ApplicationScope scope = fixture.signedIn("bureau.gansu", () -> applications.scopeOf(r.id()));
		assertThat(scope.centreId()).isEqualTo(chengguanCentre());
		assertThat(scope.regionCode()).isEqualTo("620102");
		assertThat(scope.unitPath()).isEqualTo(jdbc.sql("SELECT unit_path FROM network_unit WHERE id = :id")
			.param("id", chengguanCentre()).query(String.class).single());
		assertThatThrownBy(() -> fixture.signedIn("clerk.qilihe", () -> applications.scopeOf(r.id()))).isInstanceOf(RecordNotFound.class);
	}
}
