package org.legalaid.casework;

import java.time.OffsetDateTime;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalaid.assignment.CaseSubject;
import org.legalaid.documents.DocumentKind;
import org.legalaid.documents.IssuedDocument;
import org.legalaid.eligibility.FalseCommitmentFound;
import org.legalaid.lawyers.LawyerPool;
import org.legalaid.objections.Objection;
import org.legalaid.objections.ObjectedDecision;
import org.legalaid.objections.ObjectionDraft;
import org.legalaid.objections.ObjectionId;
import org.legalaid.objections.ObjectionOutcome;
import org.legalaid.objections.ObjectionStatus;
import org.legalaid.objections.Objections;
import org.legalaid.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Termination on the grounds of LAL art. 48: decided by the director in writing, or on ground T1 when a false
 * integrity commitment is found; the recipient's objection goes to the justice department like one to a refusal.
 */
@SpringBootTest
class CaseTerminationTests {

	@Autowired ApplicationEventPublisher events;
	@Autowired TransactionTemplate transaction;
	@Autowired JdbcClient jdbc;
	@Autowired UserDetailsService users;
	@Autowired LawyerPool pool;
	@Autowired CaseLifecycle lifecycle;
	@Autowired Cases cases;
	@Autowired CaseRepository repository;
	@Autowired Objections objections;
	@Autowired RecordingHandover handover;

	CaseFixtures fx;

	@BeforeEach
	void setUp() {
		fx = new CaseFixtures(events, transaction, jdbc, users, pool, lifecycle, cases, repository);
	}

	String pdfText(long documentId) throws Exception {
		byte[] pdf = jdbc.sql("SELECT content FROM documents_issued WHERE id = :id").param("id", documentId)
			.query((rs, n) -> rs.getBytes(1)).single();
		try (var doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
		}
	}

	@Test
	void theDirectorTerminatesOnAGroundOfArticle48WithAWrittenDecision() throws Exception {
		AidCase c = fx.inState(CaseStatus.IN_PROGRESS);
		assertThatThrownBy(() -> fx.run("director.chengguan", () -> lifecycle.terminate(c.id(), c.version(), "T9", "理由")))
			.isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("ground");
		assertThatThrownBy(() -> fx.run("director.chengguan", () -> lifecycle.terminate(c.id(), c.version(), "T6", " ")))
			.isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("reasons");

		IssuedDocument letter = fx.as("director.chengguan",
				() -> lifecycle.terminate(c.id(), c.version(), "T6", "受援人已自行委托律师代理本案。"));

		AidCase terminated = fx.get(c.id());
		assertThat(terminated.status()).isEqualTo(CaseStatus.TERMINATED);
		assertThat(terminated.terminationGround()).isEqualTo("T6");
		assertThat(terminated.terminationDocumentId()).isEqualTo(letter.id());
		assertThat(letter.kind()).isEqualTo(DocumentKind.TERMINATION_DECISION);
		assertThat(letter.number()).contains("援终〔");
		assertThat(letter.recordType()).isEqualTo("case");
		String text = pdfText(letter.id());
		assertThat(text).contains("终止法律援助决定书").contains("受援人自行委托律师或者其他代理人")
			.contains("法律援助法第四十八条第一款第（六）项").contains("受援人已自行委托律师代理本案").contains("提出");
		assertThat(fx.timer(c.id(), "D20")).isEqualTo("OPEN");
		assertThat(handover.about(c.subject())).extracting(RecordingHandover.Call::what).containsExactly("caseEnded");
		// a terminated case hands in the closing materials of the work done, with the termination decision
		assertThat(ClosingItem.TERMINATION_DECISION.requiredFor(true)).isTrue();
		assertThat(ClosingItem.JUDGMENT_COPY.requiredFor(true)).isFalse();
	}

	@Test
	void aFalseIntegrityCommitmentTerminatesTheCaseOfThatApplicationOnGroundT1() throws Exception {
		long applicationId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
		CaseSubject subject = CaseSubject.application(applicationId, "城援申〔2026〕" + (applicationId % 1000) + "号");
		AidCase c = fx.open(subject);
		fx.publish(new FalseCommitmentFound(42, "person-key", "application:" + applicationId, OffsetDateTime.now(), fx.chengguanPath()));

		AidCase terminated = fx.get(c.id());
		assertThat(terminated.status()).isEqualTo(CaseStatus.TERMINATED);
		assertThat(terminated.terminationGround()).isEqualTo(FalseCommitmentFound.TERMINATION_GROUND);
		assertThat(fx.as("director.chengguan", () -> cases.timeline(c.id())).getLast()).satisfies(t -> {
			assertThat(t.transition()).isEqualTo(CaseTransition.TERMINATE);
			assertThat(t.actor()).isEqualTo("system");
			assertThat(t.reason()).startsWith("T1").contains("诚信承诺不实");
		});
		assertThat(pdfText(terminated.terminationDocumentId())).contains("以欺骗或者其他不正当手段获得法律援助");
		// a second finding changes nothing
		fx.publish(new FalseCommitmentFound(43, "person-key", "application:" + applicationId, OffsetDateTime.now(), fx.chengguanPath()));
		assertThat(fx.as("director.chengguan", () -> cases.timeline(c.id()))).hasSize(2);
	}

	@Test
	void anObjectionToATerminationIsDecidedByTheDepartmentAndACorrectionResumesTheCase() throws Exception {
		AidCase c = fx.inState(CaseStatus.ENGAGED);
		assertThatThrownBy(() -> fx.run("clerk.chengguan", () -> objections.lodgeAgainstTermination(c.id(), new ObjectionDraft("不同意", null))))
			.isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("objection.error.notTerminated");
		fx.run("director.chengguan", () -> lifecycle.terminate(c.id(), fx.get(c.id()).version(), "T4", "受援人经济状况好转。"));

		ObjectionId id = fx.as("clerk.chengguan", () -> objections.lodgeAgainstTermination(c.id(),
				new ObjectionDraft("我的收入没有变化，仍然困难。", null)));
		assertThatThrownBy(() -> fx.run("clerk.chengguan", () -> objections.lodgeAgainstTermination(c.id(), new ObjectionDraft("再次", null))))
			.isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("objection.error.alreadyOpen");
		Objection lodged = fx.as("bureau.gansu", () -> objections.get(id));
		assertThat(lodged.against()).isEqualTo(ObjectedDecision.TERMINATION);
		assertThat(lodged.caseId()).isEqualTo(c.id().value());
		assertThat(lodged.applicationNumber()).isEqualTo(c.number());
		assertThat(lodged.reviewDueAt()).isNotNull();
		assertThat(fx.as("clerk.qilihe", () -> objections.list(true, org.legalaid.shared.PageRequest.of(0, 200))).items())
			.extracting(Objection::id).doesNotContain(id);

		IssuedDocument decision = fx.as("bureau.gansu", () -> objections.decide(id, ObjectionOutcome.ORDER_CORRECTION,
				"受援人收入未发生变化，终止理由不成立。"));
		assertThat(fx.as("bureau.gansu", () -> objections.get(id)).status()).isEqualTo(ObjectionStatus.CORRECTION_ORDERED);
		assertThat(pdfText(decision.id())).contains("撤销终止法律援助决定").contains(c.number());
		AidCase resumed = fx.get(c.id());
		assertThat(resumed.status()).isEqualTo(CaseStatus.ENGAGED);
		assertThat(resumed.terminationGround()).isNull();
		assertThat(fx.timer(c.id(), "D20")).isEqualTo("CANCELLED");
		assertThat(fx.as("director.chengguan", () -> cases.timeline(c.id())).getLast().transition())
			.isEqualTo(CaseTransition.REVOKE_TERMINATION);
		assertThat(fx.as("director.chengguan", () -> objections.forCase(c.id()))).extracting(Objection::id).containsExactly(id);
	}

	@Test
	void anUpheldTerminationStands() throws Exception {
		AidCase c = fx.inState(CaseStatus.TERMINATED);
		ObjectionId id = fx.as("clerk.chengguan", () -> objections.lodgeAgainstTermination(c.id(), new ObjectionDraft("不服终止", null)));
		IssuedDocument decision = fx.as("bureau.gansu", () -> objections.decide(id, ObjectionOutcome.UPHELD, "受援人确已自行委托律师。"));
		assertThat(pdfText(decision.id())).contains("维持").contains("终止法律援助决定").contains("行政复议");
		assertThat(fx.get(c.id()).status()).isEqualTo(CaseStatus.TERMINATED);
	}
}
