package org.legalaid.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.legalaid.assignment.AssignmentView;
import org.legalaid.assignment.Assignments;
import org.legalaid.assignment.CaseSubject;
import org.legalaid.casework.AidCase;
import org.legalaid.casework.CaseLifecycle;
import org.legalaid.casework.Cases;
import org.legalaid.casework.LogDraft;
import org.legalaid.casework.LogKind;
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
import org.legalaid.people.IdentityDocumentType;
import org.legalaid.people.PersonDraft;
import org.legalaid.people.PersonGroup;
import org.legalaid.people.ResidentIdNumber;
import org.legalaid.shared.Actor;
import org.legalaid.shared.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * Two demo cases of Chengguan held by {@code lawyer.chengguan} (李明), each going the whole way a real one goes:
 * registered at the window, granted, assigned to 李明 by the director and accepted by him, which opens the case. One
 * maintenance claim just accepted, and a wage claim of 64 migrant workers in progress with a meeting, the filing and
 * the coming hearing logged.
 */
@Component
class DemoCases {

	private final Applications applications;
	private final Reviews reviews;
	private final Assignments assignments;
	private final LawyerPool pool;
	private final Cases cases;
	private final CaseLifecycle lifecycle;
	private final CurrentActor actors;
	private final Clock clock;

	DemoCases(Applications applications, Reviews reviews, Assignments assignments, LawyerPool pool, Cases cases,
			CaseLifecycle lifecycle, CurrentActor actors, Clock clock) {
		this.applications = applications;
		this.reviews = reviews;
		this.assignments = assignments;
		this.pool = pool;
		this.cases = cases;
		this.lifecycle = lifecycle;
		this.actors = actors;
		this.clock = clock;
	}

	void load(Actor clerk, Actor reviewer, Actor director, Actor liMing) {
		accepted(clerk, reviewer, director, liMing, "demo-case-0001", new PersonDraft("王秀兰", IdentityDocumentType.RESIDENT_ID,
				idNumber("62010219520314", "282"), null, null, null, null, "13919310282", "兰州市城关区东岗西路", "620102", Set.of()),
				"A31.4", "年逾七十，三名子女均不支付赡养费，请求法院判令子女按月给付赡养费。",
				List.of(new OpposingParty("张建国", null, null, "被申请人（长子）")), MigrantClaim.NONE, 1, "900");
		CaseSubject wages = accepted(clerk, reviewer, director, liMing, "demo-case-0002", new PersonDraft("刘永福",
				IdentityDocumentType.RESIDENT_ID, idNumber("62010219800611", "315"), null, null, null, null, "13909310315",
				"兰州市城关区雁滩路", "620102", Set.of(PersonGroup.MIGRANT_WORKER)), "A31.5",
				"受64名农民工推选，代表大家追索某商住楼项目拖欠的工资共一百二十八万元。",
				List.of(new OpposingParty("兰州某建设工程有限公司", null, "91620102MA74KJ8Q1N", "被申请人（总承包单位）")), MigrantClaim.PAY, 4,
				"3200");
		actors.callAs(liMing, () -> {
			AidCase c = cases.bySubject(wages).orElseThrow();
			lifecycle.engage(c.id(), c.version(), "与64名农民工推选的代表签订委托协议和授权委托书");
			LocalDate today = LocalDate.now(clock);
			cases.record(c.id(), new LogDraft(LogKind.MEETING, today.minusDays(4), null, null, "会见农民工代表，告知诉讼风险，收集考勤表和工资欠条。"));
			cases.record(c.id(), new LogDraft(LogKind.FILING, today.minusDays(2), "兰州市城关区人民法院", null, "代64名农民工提起追索劳动报酬诉讼。"));
			cases.record(c.id(), new LogDraft(LogKind.HEARING, today.plusDays(10), "兰州市城关区人民法院", null, "第一次开庭。"));
			return c.id();
		});
	}

	/** Registers, grants, assigns to the lawyer and has them accept; returns the application as assignment knows it. */
	private CaseSubject accepted(Actor clerk, Actor reviewer, Actor director, Actor lawyer, String key, PersonDraft applicant,
			String matter, String facts, List<OpposingParty> opposing, MigrantClaim claim, int household, String income) {
		var draft = new ApplicationDraft(applicant, null, null, matter, Channel.WINDOW, null, facts, opposing, null,
				new HashSet<>(Materials.ORDER));
		Registration r = actors.callAs(clerk, () -> applications.register(draft, key));
		actors.callAs(reviewer, () -> reviews.review(r.id(), new ReviewInput(ApplicantRole.CIVIL_OR_ADMIN_PARTY, false, false, household,
				new BigDecimal(income), false, claim, true, SignatureKind.SELF, null, null, false)));
		CaseSubject subject = CaseSubject.application(r.id().value(), r.number());
		AssignmentView waiting = assignments.current(subject).orElseThrow();
		long provider = actors.callAs(lawyer, () -> pool.byAccount(lawyer.username()).orElseThrow().id().value());
		long offer = actors.callAs(director, () -> assignments.assign(waiting.assignmentId(), provider, "申请人请求由李明律师承办，李明律师熟悉此类案件"));
		actors.callAs(lawyer, () -> assignments.accept(offer));
		return subject;
	}

	private static String idNumber(String birth, String sequence) {
		String body = birth + sequence;
		return body + ResidentIdNumber.checkCharacter(body);
	}
}
