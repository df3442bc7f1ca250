package org.legalaid.assignment;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalaid.IdNumbers;
import org.legalaid.deadlines.DeadlineOverdue;
import org.legalaid.deadlines.Deadlines;
import org.legalaid.documents.DocumentKind;
import org.legalaid.documents.OfficialDocuments;
import org.legalaid.eligibility.ApplicantRole;
import org.legalaid.eligibility.Materials;
import org.legalaid.eligibility.MigrantClaim;
import org.legalaid.eligibility.SignatureKind;
import org.legalaid.intake.ApplicationDraft;
import org.legalaid.intake.Applications;
import org.legalaid.intake.Channel;
import org.legalaid.intake.OpposingParty;
import org.legalaid.intake.Registration;
import org.legalaid.intake.ReviewInput;
import org.legalaid.intake.Reviews;
import org.legalaid.lawyers.LawyerPool;
import org.legalaid.lawyers.Organisation;
import org.legalaid.lawyers.ProviderId;
import org.legalaid.people.IdentityDocumentType;
import org.legalaid.people.PersonDraft;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.PersonalData;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.legalaid.assignment.AssignmentFixtures.person;

/** Rotation, override, acceptance, decline, lapse, the end and reopening of a case, AB posts, scope, and the grant. */
@SpringBootTest
@RecordApplicationEvents
class AssignmentFlowTests {

	@Autowired ApplicationEvents events;
	@Autowired ApplicationEventPublisher publisher;
	@Autowired Assignments assignments;
	@Autowired BackupPosts backups;
	@Autowired LawyerPool pool;
	@Autowired Deadlines deadlines;
	@Autowired OfficialDocuments documents;
	@Autowired PersonalData personalData;
	@Autowired Applications applications;
	@Autowired Reviews reviews;
	@Autowired JdbcClient jdbc;

	@Autowired AssignmentFixtures fx;
	Organisation firm;

	@BeforeEach
	void setUp() {
		firm = fx.firm();
	}

	long caseOf() {
		return fx.openCase(List.of(person("受援人" + System.nanoTime() % 1000, null)), List.of());
	}

	int openCases(ProviderId id) {
		return fx.as("director.chengguan", () -> pool.provider(id)).openCases();
	}

	Offer offer(long caseId, long offerId) {
		return fx.as("director.chengguan", () -> assignments.offers(caseId)).stream().filter(o -> o.id() == offerId).findFirst().orElseThrow();
	}

	String pdfText(long documentId) {
		byte[] pdf = jdbc.sql("SELECT content FROM documents_issued WHERE id = :id").param("id", documentId).query((rs, n) -> rs.getBytes(1))
			.single();
		try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Test
	void openingIsIdempotentPerSubject() {
		long c = caseOf();
		AssignmentCase opened = fx.as("director.chengguan", () -> assignments.get(c));
		long again = fx.as("director.chengguan", () -> assignments.open(new AssignmentRequest(opened.subject(), fx.centreId, fx.path,
				fx.village, null, null, null, false, null, opened.deadlineTimerId(), List.of(), List.of())));
		assertThat(again).isEqualTo(c);
		assertThat(opened.status()).isEqualTo(AssignmentStatus.WAITING);
		assertThat(opened.dueAt()).isNotNull();
		assertThat(assignments.current(opened.subject())).get().satisfies(v -> {
			assertThat(v.status()).isEqualTo("WAITING");
			assertThat(v.providerId()).isNull();
		});
	}

	@Test
	void rotationOffersTheFewestOpenCasesFirstThenTheLongestWaiting() {
		ProviderId a = fx.lawyer(firm);
		ProviderId b = fx.lawyer(firm);
		ProviderId busy = fx.lawyer(firm);
		fx.run("director.chengguan", () -> pool.assigned(busy, null));
		long first = caseOf();
		CaseCandidate expected = fx.as("director.chengguan", () -> assignments.choose(first)).orElseThrow();
		assertThat(expected.providerId()).isIn(a.value(), b.value());
		long offer1 = fx.as("director.chengguan", () -> assignments.assign(first, null, null));
		assertThat(offer(first, offer1).providerId()).isEqualTo(expected.providerId());
		assertThat(offer(first, offer1).rotationFirst()).isTrue();

		long other = expected.providerId() == a.value() ? b.value() : a.value();
		long second = caseOf();
		long offer2 = fx.as("director.chengguan", () -> assignments.assign(second, null, null));
		assertThat(offer(second, offer2).providerId()).as("the other one with no open case").isEqualTo(other);

		long third = caseOf();
		long offer3 = fx.as("director.chengguan", () -> assignments.assign(third, null, null));
		assertThat(offer(third, offer3).providerId()).as("all have one open case: the longest waiting, busy").isEqualTo(busy.value());
	}

	@Test
	void anOverrideNeedsAWrittenReasonAndIsRecorded() {
		ProviderId a = fx.lawyer(firm);
		ProviderId b = fx.lawyer(firm);
		long c = caseOf();
		long first = fx.as("director.chengguan", () -> assignments.choose(c)).orElseThrow().providerId();
		long other = first == a.value() ? b.value() : a.value();

		assertThatThrownBy(() -> fx.as("director.chengguan", () -> assignments.assign(c, other, "  ")))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("assignment.error.reason.required").hasMessageContaining("overrideReason");
		long offerId = fx.as("director.chengguan", () -> assignments.assign(c, other, "受援人为聋哑人，该律师有经验"));
		Offer offer = offer(c, offerId);
		assertThat(offer.rotationFirst()).isFalse();
		assertThat(offer.overrideReason()).isEqualTo("受援人为聋哑人，该律师有经验");
		assertThat(jdbc.sql("SELECT detail FROM access_audit_event WHERE record_type = 'assignment_offer' AND record_id = :id")
			.param("id", Long.toString(offerId)).query(String.class).single()).contains("override").contains("聋哑人");
	}

	@Test
	void acceptingCompletesTheTimeLimitIssuesTheNoticesAndPublishesLawyerAssigned() {
		ProviderId a = fx.lawyer(firm);
		long c = caseOf();
		long offerId = fx.as("director.chengguan", () -> assignments.assign(c, a.value(), "就近"));
		AssignmentCase offered = fx.as("director.chengguan", () -> assignments.get(c));
		assertThat(offered.status()).isEqualTo(AssignmentStatus.OFFERED);
		assertThat(Duration.between(offer(c, offerId).offeredAt(), offered.offerDueAt())).isEqualTo(Duration.ofHours(24));

		AssignmentView view = fx.as("director.chengguan", () -> assignments.accept(offerId));
		assertThat(view.status()).isEqualTo("ACCEPTED");
		assertThat(view.providerId()).isEqualTo(a.value());
		assertThat(view.acceptedAt()).isNotNull();
		assertThat(view.documentIds()).hasSize(3);
		List<DocumentKind> kinds = fx.as("director.chengguan", () -> view.documentIds().stream().map(id -> documents.get(id).kind()).toList());
		assertThat(kinds).containsExactlyInAnyOrder(DocumentKind.ASSIGNMENT_NOTICE, DocumentKind.ASSIGNMENT_NOTICE,
				DocumentKind.NOTIFIED_DEFENCE_LETTER);
		String providerName = offer(c, offerId).providerName();
		for (long document : view.documentIds()) {
			assertThat(pdfText(document)).contains(offered.subject().number()).contains(providerName).contains(firm.name());
		}
		assertThat(jdbc.sql("SELECT status FROM deadlines_timer WHERE id = :id").param("id", offered.deadlineTimerId()).query(String.class)
			.single()).isEqualTo("MET");
		assertThat(events.stream(LawyerAssigned.class)).singleElement().satisfies(e -> {
			assertThat(e.assignmentId()).isEqualTo(c);
			assertThat(e.providerId()).isEqualTo(a.value());
			assertThat(e.organisationName()).isEqualTo(firm.name());
			assertThat(e.reassignment()).isFalse();
		});
		assertThatThrownBy(() -> fx.as("director.chengguan", () -> assignments.accept(offerId)))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("assignment.error.offerClosed");
	}

	@Test
	void aDeclineReleasesTheWorkloadAndExcludesTheProviderFromThisCase() {
		ProviderId a = fx.lawyer(firm);
		long c = caseOf();
		long offerId = fx.as("director.chengguan", () -> assignments.assign(c, a.value(), "就近"));
		assertThat(openCases(a)).isEqualTo(1);
		assertThatThrownBy(() -> fx.run("director.chengguan", () -> assignments.decline(offerId, "")))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("assignment.error.reason.required");

		fx.run("director.chengguan", () -> assignments.decline(offerId, "与对方当事人有亲属关系"));
		assertThat(openCases(a)).isZero();
		assertThat(fx.as("director.chengguan", () -> assignments.get(c)).status()).isEqualTo(AssignmentStatus.WAITING);
		assertThat(offer(c, offerId).status()).isEqualTo(OfferStatus.DECLINED);
		assertThat(offer(c, offerId).answerReason()).isEqualTo("与对方当事人有亲属关系");
		CaseCandidate again = fx.as("director.chengguan", () -> assignments.candidates(c)).stream()
			.filter(x -> x.providerId() == a.value()).findFirst().orElseThrow();
		assertThat(again.exclusions()).extracting(CaseCandidate.Reason::code).containsExactly("DECLINED");
	}

	@Test
	void anOfferNotAnsweredInTimeLapsesAndTheCaseWaitsAgain() {
		ProviderId a = fx.lawyer(firm);
		long c = caseOf();
		long offerId = fx.as("director.chengguan", () -> assignments.assign(c, a.value(), "就近"));
		long timer = jdbc.sql("SELECT reply_timer_id FROM assignment_offer WHERE id = :id").param("id", offerId).query(Long.class).single();
		assertThat(jdbc.sql("SELECT rule_code FROM deadlines_timer WHERE id = :id").param("id", timer).query(String.class).single())
			.isEqualTo("A1");

		publisher.publishEvent(new DeadlineOverdue(timer, Assignments.OFFER_RECORD, Long.toString(offerId), fx.path, "A1", Instant.now()));

		assertThat(offer(c, offerId).status()).isEqualTo(OfferStatus.LAPSED);
		assertThat(fx.as("director.chengguan", () -> assignments.get(c)).status()).isEqualTo(AssignmentStatus.WAITING);
		assertThat(openCases(a)).isZero();
		publisher.publishEvent(new DeadlineOverdue(timer, Assignments.OFFER_RECORD, Long.toString(offerId), fx.path, "A1", Instant.now()));
		assertThat(offer(c, offerId).status()).as("idempotent").isEqualTo(OfferStatus.LAPSED);
	}

	@Test
	void anEndedCaseReleasesTheWorkloadOnceAndAReopenedOneIsAReassignment() {
		ProviderId a = fx.lawyer(firm);
		ProviderId b = fx.lawyer(firm);
		long c = caseOf();
		AssignmentCase opened = fx.as("director.chengguan", () -> assignments.get(c));
		fx.run("director.chengguan", () -> assignments.accept(assignments.assign(c, a.value(), "就近")));
		assertThat(openCases(a)).isEqualTo(1);

		assignments.reopen(opened.subject(), "受援人请求更换（法律援助法第55条）");
		assertThat(openCases(a)).isZero();
		assertThat(assignments.current(opened.subject())).get().extracting(AssignmentView::status).isEqualTo("WAITING");
		fx.run("director.chengguan", () -> assignments.accept(assignments.assign(c, b.value(), "更换承办人")));
		assertThat(events.stream(LawyerAssigned.class)).hasSize(2).last().satisfies(e -> {
			assertThat(e.providerId()).isEqualTo(b.value());
			assertThat(e.reassignment()).isTrue();
		});

		assignments.caseEnded(opened.subject());
		assignments.caseEnded(opened.subject());
		assertThat(openCases(b)).isZero();
		assertThat(assignments.current(opened.subject())).get().satisfies(v -> {
			assertThat(v.status()).isEqualTo("ENDED");
			assertThat(v.providerId()).isEqualTo(b.value());
		});
	}

	@Test
	void aBackupTakesTheAbsentDirectorsQueueOnlyDuringTheirPost() {
		ProviderId a = fx.lawyer(firm);
		long c = caseOf();
		assertThatThrownBy(() -> fx.as("reviewer.chengguan", () -> assignments.assign(c, a.value(), "就近")))
			.isInstanceOf(AccessRefused.class);
		assertThatThrownBy(() -> fx.as("reviewer.chengguan", () -> backups.appoint("director.chengguan", "reviewer.chengguan",
				java.time.OffsetDateTime.now().minusHours(1), java.time.OffsetDateTime.now().plusDays(1), "休假")))
			.isInstanceOf(AccessRefused.class);

		long post = fx.as("director.chengguan", () -> backups.appoint("director.chengguan", "reviewer.chengguan",
				java.time.OffsetDateTime.now().minusHours(1), java.time.OffsetDateTime.now().plusDays(1), "休假"));
		assertThat(fx.as("reviewer.chengguan", () -> assignments.mayAssign())).isTrue();
		long offerId = fx.as("reviewer.chengguan", () -> assignments.assign(c, a.value(), "就近"));
		assertThat(jdbc.sql("SELECT detail FROM access_audit_event WHERE record_type = 'assignment_offer' AND record_id = :id")
			.param("id", Long.toString(offerId)).query(String.class).single()).contains("as backup of director.chengguan");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM access_audit_event WHERE record_type = 'assignment_backup' AND record_id = :id")
			.param("id", Long.toString(post)).query(Integer.class).single()).isEqualTo(1);
		jdbc.sql("UPDATE assignment_backup SET from_at = from_at - INTERVAL '3' DAY, to_at = from_at - INTERVAL '2' DAY WHERE id = :id")
			.param("id", post).update();
		assertThat(fx.as("reviewer.chengguan", () -> assignments.mayAssign())).as("post over").isFalse();
		assertThatThrownBy(() -> fx.as("director.chengguan", () -> backups.appoint("director.chengguan", "lawyer.chengguan",
				java.time.OffsetDateTime.now().plusDays(2), java.time.OffsetDateTime.now().plusDays(1), null)))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("assignment.error.backup.period");
		assertThatThrownBy(() -> fx.as("director.chengguan", () -> backups.appoint("director.chengguan", "clerk.qilihe",
				java.time.OffsetDateTime.now(), java.time.OffsetDateTime.now().plusDays(1), null)))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("assignment.error.backup.notInUnit");
	}

	@Test
	void aNeighbouringCountyNeitherReadsNorChangesTheCase() {
		ProviderId a = fx.lawyer(firm);
		long c = caseOf();
		assertThatThrownBy(() -> fx.as("clerk.qilihe", () -> assignments.get(c))).isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> fx.as("clerk.qilihe", () -> assignments.candidates(c))).isInstanceOf(RecordNotFound.class);
		long offerId = fx.as("director.chengguan", () -> assignments.assign(c, a.value(), "就近"));
		assertThatThrownBy(() -> fx.run("clerk.qilihe", () -> assignments.decline(offerId, "试探"))).isInstanceOf(RecordNotFound.class);
		assertThat(offer(c, offerId).status()).isEqualTo(OfferStatus.OFFERED);
	}

	@Test
	void aGrantedApplicationWaitsForAssignmentWithItsPartiesAndTheD6TimeLimit() {
		String opposingId = IdNumbers.fresh();
		var draft = new ApplicationDraft(new PersonDraft("申请人甲", IdentityDocumentType.RESIDENT_ID, IdNumbers.fresh(), null, null, null, null,
				"13900001111", null, "620102", Set.of()), null, null, "A31.4", Channel.WINDOW, null, "案情",
				List.of(new OpposingParty("对方乙", opposingId, null, "被告")), null, new HashSet<>(Materials.ORDER));
		Registration r = fx.as("clerk.chengguan", () -> applications.register(draft, null));
		fx.as("reviewer.chengguan", () -> reviews.review(r.id(), new ReviewInput(ApplicantRole.CIVIL_OR_ADMIN_PARTY, false, false, 2,
				new BigDecimal("1000"), false, MigrantClaim.NONE, true, SignatureKind.SELF, null, null, false)));

		AssignmentView view = assignments.current(CaseSubject.application(r.id().value(), r.number())).orElseThrow();
		assertThat(view.status()).isEqualTo("WAITING");
		AssignmentCase c = fx.as("director.chengguan", () -> assignments.get(view.assignmentId()));
		assertThat(c.regionCode()).isEqualTo("620102");
		assertThat(jdbc.sql("SELECT rule_code FROM deadlines_timer WHERE id = :id").param("id", c.deadlineTimerId()).query(String.class)
			.single()).isEqualTo("D6");
		assertThat(fx.as("director.chengguan", () -> assignments.parties(c.id(), true))).singleElement()
			.satisfies(p -> assertThat(p.name()).isEqualTo("对方乙"));
		assertThat(jdbc.sql("SELECT id_number_key FROM assignment_party WHERE case_id = :id AND side = 'OPPOSING'").param("id", c.id())
			.query(String.class).single()).isEqualTo(personalData.lookupKey(opposingId));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM assignment_party WHERE case_id = :id AND side = 'ASSISTED' AND id_number_key IS NOT NULL")
			.param("id", c.id()).query(Integer.class).single()).isEqualTo(1);
	}
}
