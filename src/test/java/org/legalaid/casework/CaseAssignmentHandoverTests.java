package org.legalaid.casework;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.legalaid.China;
import org.legalaid.IdNumbers;
import org.legalaid.Staff;
import org.legalaid.assignment.Assignments;
import org.legalaid.assignment.CaseSubject;
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
import org.legalaid.lawyers.Provider;
import org.legalaid.people.IdentityDocumentType;
import org.legalaid.people.PersonDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Casework and assignment together, from a real grant: the provider's acceptance opens the case; a withdrawal sends
 * it back to be assigned and frees the provider's place; the conclusion or a termination ends the assignment and
 * frees it too, and a termination revoked on objection gives the case back to the provider.
 */
@SpringBootTest
class CaseAssignmentHandoverTests {

	@Autowired Applications applications;
	@Autowired Reviews reviews;
	@Autowired Assignments assignments;
	@Autowired LawyerPool pool;
	@Autowired Cases cases;
	@Autowired CaseLifecycle lifecycle;
	@Autowired UserDetailsService users;

	<T> T as(String username, Supplier<T> work) {
		return Staff.signedIn(users, username, work);
	}

	Provider liMing() {
		return as("lawyer.chengguan", () -> pool.byAccount("lawyer.chengguan").orElseThrow());
	}

	/** A granted maintenance claim in Chengguan, offered to 李明 by the director and accepted by him. */
	CaseSubject acceptedByLiMing(String applicant) {
		var draft = new ApplicationDraft(new PersonDraft(applicant, IdentityDocumentType.RESIDENT_ID, IdNumbers.fresh(), null, null, null, null,
				"13900003333", null, "620102", Set.of()), null, null, "A31.4", Channel.WINDOW, null, "子女不付赡养费",
				List.of(new OpposingParty("赵某", null, null, "被申请人")), null, new HashSet<>(Materials.ORDER));
		Registration r = as("clerk.chengguan", () -> applications.register(draft, null));
		as("reviewer.chengguan", () -> reviews.review(r.id(), new ReviewInput(ApplicantRole.CIVIL_OR_ADMIN_PARTY, false, false, 2,
				new BigDecimal("1000"), false, MigrantClaim.NONE, true, SignatureKind.SELF, null, null, false)));
		CaseSubject subject = CaseSubject.application(r.id().value(), r.number());
		long caseId = assignments.current(subject).orElseThrow().assignmentId();
		long provider = liMing().id().value();
		long offer = as("director.chengguan", () -> assignments.assign(caseId, provider, "申请人请求由李明律师承办"));
		as("lawyer.chengguan", () -> assignments.accept(offer));
		return subject;
	}

	@Test
	void aWithdrawalSendsTheCaseBackToBeAssignedAndFreesTheProvidersPlace() {
		CaseSubject subject = acceptedByLiMing("赡养甲");
		AidCase c = as("lawyer.chengguan", () -> cases.bySubject(subject)).orElseThrow();
		assertThat(c.status()).isEqualTo(CaseStatus.ASSIGNED);
		int open = liMing().openCases();

		as("lawyer.chengguan", () -> {
			lifecycle.withdraw(c.id(), c.version(), "与对方当事人存在利益冲突");
			return null;
		});

		assertThat(assignments.current(subject).orElseThrow().status()).isEqualTo("WAITING");
		assertThat(liMing().openCases()).isEqualTo(open - 1);
		assertThat(as("lawyer.chengguan", () -> cases.bySubject(subject)).orElseThrow().status()).isEqualTo(CaseStatus.REASSIGNING);
	}

	@Test
	void theConclusionEndsTheAssignmentAndFreesTheProvidersPlace() {
		CaseSubject subject = acceptedByLiMing("赡养乙");
		int open = liMing().openCases();
		as("lawyer.chengguan", () -> {
			AidCase c = cases.bySubject(subject).orElseThrow();
			lifecycle.engage(c.id(), c.version(), "签订委托协议");
			cases.record(c.id(), new LogDraft(LogKind.MEETING, China.today(), null, null, "会见受援人"));
			AidCase progressing = cases.bySubject(subject).orElseThrow();
			lifecycle.conclude(progressing.id(), progressing.version(), new OutcomeDraft(China.today(), ResultType.MEDIATED,
					new BigDecimal("12000"), new BigDecimal("6000"), 1, "调解结案"));
			return null;
		});

		assertThat(assignments.current(subject).orElseThrow().status()).isEqualTo("ENDED");
		assertThat(liMing().openCases()).isEqualTo(open - 1);
	}

	@Test
	void aTerminationEndsTheAssignmentAndItsRevocationGivesTheCaseBackToTheProvider() {
		CaseSubject subject = acceptedByLiMing("赡养丙");
		int open = liMing().openCases();
		as("director.chengguan", () -> {
			AidCase c = cases.bySubject(subject).orElseThrow();
			return lifecycle.terminate(c.id(), c.version(), "T6", "受援人已自行委托律师");
		});
		assertThat(assignments.current(subject).orElseThrow().status()).isEqualTo("ENDED");
		assertThat(liMing().openCases()).isEqualTo(open - 1);

		as("bureau.gansu", () -> {
			lifecycle.revokeTermination(cases.bySubject(subject).orElseThrow().id(), "委托未成立，责令改正");
			return null;
		});

		assertThat(assignments.current(subject).orElseThrow()).satisfies(v -> {
			assertThat(v.status()).isEqualTo("ACCEPTED");
			assertThat(v.providerName()).isEqualTo(liMing().name());
		});
		assertThat(liMing().openCases()).isEqualTo(open);
		assertThat(as("lawyer.chengguan", () -> cases.bySubject(subject)).orElseThrow().status()).isEqualTo(CaseStatus.ASSIGNED);
	}
}
