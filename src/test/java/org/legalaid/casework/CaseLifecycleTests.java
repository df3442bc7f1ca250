package org.legalaid.casework;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalaid.China;
import org.legalaid.assignment.CaseSubject;
import org.legalaid.lawyers.LawyerPool;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The case state machine walked through the real moves: every allowed move, every refused one, every deadline. */
@SpringBootTest
@RecordApplicationEvents
class CaseLifecycleTests {

	@Autowired ApplicationEventPublisher events;
	@Autowired TransactionTemplate transaction;
	@Autowired JdbcClient jdbc;
	@Autowired UserDetailsService users;
	@Autowired LawyerPool pool;
	@Autowired CaseLifecycle lifecycle;
	@Autowired Cases cases;
	@Autowired RecordingHandover handover;
	@Autowired ApplicationEvents published;
	@Autowired CaseRepository repository;

	CaseFixtures fx;

	@BeforeEach
	void setUp() {
		fx = new CaseFixtures(events, transaction, jdbc, users, pool, lifecycle, cases, repository);
	}

	List<CaseTransition> moves(CaseId id) {
		return fx.as("director.chengguan", () -> cases.timeline(id)).stream().map(TransitionRecord::transition).toList();
	}

	@Test
	void anAcceptedAssignmentOpensOneCaseWithTheAgreementAndFirstMeetingDue() {
		CaseSubject subject = CaseFixtures.newSubject();
		AidCase c = fx.open(subject);
		fx.publish(fx.assigned(subject, fx.lawyer.id().value(), fx.lawyer.name(), "lawyer.chengguan", false));

		assertThat(jdbc.sql("SELECT COUNT(*) FROM casework_case WHERE subject_kind = 'NOTIFICATION' AND subject_id = :id")
			.param("id", subject.id()).query(Long.class).single()).isEqualTo(1);
		assertThat(c.status()).isEqualTo(CaseStatus.ASSIGNED);
		assertThat(c.number()).startsWith("城关援案〔").endsWith("号");
		assertThat(c.providerAccount()).isEqualTo("lawyer.chengguan");
		assertThat(moves(c.id())).containsExactly(CaseTransition.OPEN);
		assertThat(fx.timer(c.id(), "D8")).isEqualTo("OPEN");
		assertThat(fx.timer(c.id(), "D22")).isEqualTo("OPEN");
		var d8 = fx.as("director.chengguan", () -> cases.runningDeadlines(c.id())).stream()
			.filter(d -> d.ruleCode().equals("D8")).findFirst().orElseThrow();
		// five calendar days from the acceptance, the start day not counted (a holiday may move it later)
		assertThat(d8.dueOn()).isAfterOrEqualTo(c.openedAt().toLocalDate().plusDays(5));
		assertThat(published.stream(CaseTransitioned.class).filter(e -> e.caseId().equals(c.id())))
			.singleElement().satisfies(e -> {
				assertThat(e.transition()).isEqualTo(CaseTransition.OPEN);
				assertThat(e.from()).isNull();
				assertThat(e.to()).isEqualTo(CaseStatus.ASSIGNED);
			});
	}

	@Test
	void aCaseGoesFromAssignmentToTheArchiveWithEveryDeadlineMet() {
		AidCase c = fx.open(CaseFixtures.newSubject());
		CaseId id = c.id();
		fx.run("lawyer.chengguan", () -> lifecycle.engage(id, c.version(), "已与受援人签订委托协议"));
		assertThat(fx.timer(id, "D8")).isEqualTo("MET");
		assertThat(fx.get(id).status()).isEqualTo(CaseStatus.ENGAGED);

		fx.run("lawyer.chengguan", () -> cases.record(id, new LogDraft(LogKind.MEETING, China.today(), null, null, "会见受援人，告知诉讼风险。")));
		assertThat(fx.timer(id, "D22")).isEqualTo("MET");
		assertThat(fx.get(id).status()).isEqualTo(CaseStatus.IN_PROGRESS);
		fx.run("lawyer.chengguan", () -> cases.record(id, new LogDraft(LogKind.HEARING, China.today(), "兰州市城关区人民法院", null, "出庭。")));
		fx.run("lawyer.chengguan", () -> cases.record(id, new LogDraft(LogKind.JUDGMENT, China.today(), null, new BigDecimal("186000.00"), "判决支付工资。")));

		fx.run("lawyer.chengguan", () -> lifecycle.conclude(id, fx.get(id).version(), new OutcomeDraft(China.today(),
				ResultType.CLAIM_UPHELD, new BigDecimal("186000.00"), new BigDecimal("120000.00"), 64, "64名农民工")));
		AidCase concluded = fx.get(id);
		assertThat(concluded.status()).isEqualTo(CaseStatus.CONCLUDED);
		assertThat(concluded.outcome().personsAssisted()).isEqualTo(64);
		assertThat(concluded.outcome().amountAwarded()).isEqualByComparingTo("186000");
		assertThat(concluded.outcome().amountRecovered()).isEqualByComparingTo("120000");
		assertThat(fx.timer(id, "D20")).isEqualTo("OPEN");
		var d20 = fx.as("director.chengguan", () -> cases.runningDeadlines(id)).getFirst();
		assertThat(d20.ruleCode()).isEqualTo("D20");
		assertThat(d20.dueOn()).isAfterOrEqualTo(China.today().plusDays(30));
		assertThat(handover.about(c.subject())).extracting(RecordingHandover.Call::what).containsExactly("caseEnded");

		assertThatThrownBy(() -> fx.run("lawyer.chengguan", () -> lifecycle.submitClosing(id, fx.get(id).version(),
				EnumSet.of(ClosingItem.HANDLING_REPORT), "报告")))
			.isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("casework.error.closing.missing");
		Set<ClosingItem> items = EnumSet.of(ClosingItem.ASSIGNMENT_DOCUMENTS, ClosingItem.AGREEMENT, ClosingItem.JUDGMENT_COPY,
				ClosingItem.HANDLING_REPORT);
		fx.run("lawyer.chengguan", () -> lifecycle.submitClosing(id, fx.get(id).version(), items, "胜诉，已部分执行。"));
		assertThat(fx.timer(id, "D20")).isEqualTo("MET");
		assertThat(fx.timer(id, "D21")).isEqualTo("OPEN");

		fx.run("reviewer.chengguan", () -> lifecycle.returnClosing(id, fx.get(id).version(), "缺少执行情况说明。"));
		assertThat(fx.get(id).status()).isEqualTo(CaseStatus.CONCLUDED);
		assertThat(fx.timer(id, "D21")).isEqualTo("MET");
		fx.run("lawyer.chengguan", () -> lifecycle.submitClosing(id, fx.get(id).version(), items, "胜诉，已执行十二万元。"));
		fx.run("director.chengguan", () -> lifecycle.acceptClosing(id, fx.get(id).version(), "CG2026-" + id.value(), "材料齐全"));

		AidCase archived = fx.get(id);
		assertThat(archived.status()).isEqualTo(CaseStatus.ARCHIVED);
		assertThat(archived.archiveNumber()).isEqualTo("CG2026-" + id.value());
		assertThat(fx.timer(id, "D21")).isEqualTo("MET");
		assertThat(fx.as("director.chengguan", () -> cases.runningDeadlines(id))).isEmpty();
		assertThat(moves(id)).containsExactly(CaseTransition.OPEN, CaseTransition.ENGAGE, CaseTransition.BEGIN,
				CaseTransition.CONCLUDE, CaseTransition.SUBMIT_CLOSING, CaseTransition.RETURN_CLOSING,
				CaseTransition.SUBMIT_CLOSING, CaseTransition.ACCEPT_CLOSING);
		List<TransitionRecord> timeline = fx.as("lawyer.chengguan", () -> cases.timeline(id));
		assertThat(timeline.get(5).actor()).isEqualTo("reviewer.chengguan");
		assertThat(timeline.get(5).reason()).isEqualTo("缺少执行情况说明。");
		assertThat(published.stream(CaseTransitioned.class).filter(e -> e.caseId().equals(id)).map(CaseTransitioned::transition))
			.containsExactlyElementsOf(moves(id));
		assertThat(fx.as("director.chengguan", () -> cases.log(id))).extracting(LogEntry::kind)
			.containsExactlyInAnyOrder(LogKind.MEETING, LogKind.HEARING, LogKind.JUDGMENT);
	}

	@Test
	void everyMoveNotInTheTableIsRefusedWithTheReason() {
		Map<CaseStatus, AidCase> inState = new java.util.EnumMap<>(CaseStatus.class);
		for (CaseStatus s : CaseStatus.values()) {
			inState.put(s, fx.inState(s));
			assertThat(inState.get(s).status()).isEqualTo(s);
		}
		Map<CaseTransition, BiConsumer<AidCase, String>> attempts = new java.util.EnumMap<>(CaseTransition.class);
		attempts.put(CaseTransition.ENGAGE, (c, who) -> lifecycle.engage(c.id(), c.version(), null));
		attempts.put(CaseTransition.CONCLUDE, (c, who) -> lifecycle.conclude(c.id(), c.version(),
				new OutcomeDraft(China.today(), ResultType.OTHER, null, null, 1, null)));
		attempts.put(CaseTransition.TERMINATE, (c, who) -> lifecycle.terminate(c.id(), c.version(), "T7", "受援人要求终止。"));
		attempts.put(CaseTransition.WITHDRAW, (c, who) -> lifecycle.withdraw(c.id(), c.version(), "无法继续承办"));
		attempts.put(CaseTransition.SUBMIT_CLOSING, (c, who) -> lifecycle.submitClosing(c.id(), c.version(),
				EnumSet.allOf(ClosingItem.class), "报告"));
		attempts.put(CaseTransition.RETURN_CLOSING, (c, who) -> lifecycle.returnClosing(c.id(), c.version(), "补充"));
		attempts.put(CaseTransition.ACCEPT_CLOSING, (c, who) -> lifecycle.acceptClosing(c.id(), c.version(), "X" + c.id(), null));
		attempts.put(CaseTransition.REVOKE_TERMINATION, (c, who) -> lifecycle.revokeTermination(c.id(), "责令改正"));
		int refused = 0;
		for (var attempt : attempts.entrySet()) {
			CaseTransition t = attempt.getKey();
			String who = switch (t.party()) {
				case LAWYER, LAWYER_OR_CENTRE -> "lawyer.chengguan";
				case CENTRE -> "director.chengguan";
				case SYSTEM -> "bureau.gansu";
			};
			for (CaseStatus s : CaseStatus.values()) {
				if (t.allowedFrom(s)) {
					continue;
				}
				AidCase c = fx.get(inState.get(s).id());
				assertThatThrownBy(() -> fx.run(who, () -> attempt.getValue().accept(c, who)))
					.as(t + " from " + s)
					.isInstanceOf(RuleViolation.class)
					.extracting("messageKey").isEqualTo("casework.error.transition");
				assertThat(fx.get(c.id()).status()).isEqualTo(s);
				refused++;
			}
		}
		assertThat(refused).isGreaterThan(40);
	}

	@Test
	void everyMoveInTheTableIsMadeFromEachStateItStartsFrom() {
		var other = jdbc.sql("SELECT id, name FROM lawyers_provider WHERE id <> :id ORDER BY id")
			.param("id", fx.lawyer.id().value()).query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().getFirst();
		int made = 0;
		for (CaseTransition t : CaseTransition.values()) {
			for (CaseStatus from : t.from()) {
				AidCase c = fx.inState(from);
				CaseStatus expected = switch (t) {
					case REVOKE_TERMINATION -> CaseStatus.ASSIGNED;
					case RETURN_CLOSING -> CaseStatus.CONCLUDED;
					default -> t.to();
				};
				switch (t) {
					case ENGAGE -> fx.run("lawyer.chengguan", () -> lifecycle.engage(c.id(), c.version(), null));
					case BEGIN -> fx.run("lawyer.chengguan", () -> cases.record(c.id(),
							new LogDraft(LogKind.EVIDENCE, China.today(), null, null, "调取劳动合同。")));
					case CONCLUDE -> fx.run("lawyer.chengguan", () -> lifecycle.conclude(c.id(), c.version(),
							new OutcomeDraft(China.today(), ResultType.SETTLED, null, null, 2, null)));
					case TERMINATE -> fx.run("director.chengguan", () -> lifecycle.terminate(c.id(), c.version(), "T7", "受援人要求终止。"));
					case REVOKE_TERMINATION -> fx.run("bureau.gansu", () -> lifecycle.revokeTermination(c.id(), "责令改正"));
					case WITHDRAW -> fx.run("director.chengguan", () -> lifecycle.withdraw(c.id(), c.version(), "受援人要求更换承办人"));
					case REASSIGN -> fx.publish(fx.assigned(c.subject(), other.getKey(), other.getValue(), null, true));
					case SUBMIT_CLOSING -> fx.run("lawyer.chengguan", () -> lifecycle.submitClosing(c.id(), c.version(),
							EnumSet.allOf(ClosingItem.class), "办理情况报告"));
					case RETURN_CLOSING -> fx.run("reviewer.chengguan", () -> lifecycle.returnClosing(c.id(), c.version(), "补充材料"));
					case ACCEPT_CLOSING -> fx.run("reviewer.chengguan", () -> lifecycle.acceptClosing(c.id(), c.version(), "A" + c.id(), null));
					case OPEN -> throw new IllegalStateException("OPEN starts from no state");
				}
				assertThat(fx.get(c.id()).status()).as(t + " from " + from).isEqualTo(expected);
				assertThat(moves(c.id()).getLast()).isEqualTo(t);
				made++;
			}
		}
		assertThat(made).isEqualTo(19);
	}

	@Test
	void theTableNamesTheStatesEachMoveStartsFromAndTheDeadlinesItTouches() {
		assertThat(CaseTransition.from(CaseStatus.ASSIGNED)).containsExactlyInAnyOrder(CaseTransition.ENGAGE,
				CaseTransition.TERMINATE, CaseTransition.WITHDRAW, CaseTransition.REASSIGN);
		assertThat(CaseTransition.from(CaseStatus.ARCHIVED)).isEmpty();
		assertThat(CaseTransition.from(CaseStatus.CLOSING_SUBMITTED)).containsExactlyInAnyOrder(CaseTransition.RETURN_CLOSING,
				CaseTransition.ACCEPT_CLOSING);
		assertThat(CaseTransition.OPEN.starts()).containsExactly("D8", "D22");
		assertThat(CaseTransition.ENGAGE.meets()).containsExactly("D8");
		assertThat(CaseTransition.CONCLUDE.starts()).containsExactly("D20");
		assertThat(CaseTransition.TERMINATE.starts()).containsExactly("D20");
		assertThat(CaseTransition.SUBMIT_CLOSING.meets()).containsExactly("D20");
		assertThat(CaseTransition.SUBMIT_CLOSING.starts()).containsExactly("D21");
		assertThat(CaseTransition.ACCEPT_CLOSING.meets()).containsExactly("D21");
	}

	@Test
	void onlyTheCasesOwnLawyerAndTheCentreMakeTheirMoves() {
		AidCase c = fx.open(CaseFixtures.newSubject());
		assertThatThrownBy(() -> fx.run("director.chengguan", () -> lifecycle.engage(c.id(), c.version(), null)))
			.isInstanceOf(AccessRefused.class);
		assertThatThrownBy(() -> fx.run("lawyer.chengguan", () -> lifecycle.terminate(c.id(), c.version(), "T7", "要求终止")))
			.isInstanceOf(AccessRefused.class);
		assertThatThrownBy(() -> fx.run("lawyer.court", () -> lifecycle.engage(c.id(), c.version(), null)))
			.isInstanceOf(org.legalaid.shared.RecordNotFound.class);
		assertThat(fx.get(c.id()).status()).isEqualTo(CaseStatus.ASSIGNED);
	}

	@Test
	void aWithdrawnLawyerIsReplacedOnTheSameCaseAndTheAgreementIsDueAgain() {
		CaseSubject subject = CaseFixtures.newSubject();
		AidCase c = fx.open(subject);
		CaseId id = c.id();
		fx.run("lawyer.chengguan", () -> lifecycle.engage(id, c.version(), null));
		fx.run("lawyer.chengguan", () -> cases.record(id, new LogDraft(LogKind.WITHDRAWAL, China.today(), null, null,
				"承办律师调离本所，无法继续承办。")));
		assertThat(fx.get(id).status()).isEqualTo(CaseStatus.REASSIGNING);
		assertThat(fx.timer(id, "D22")).isEqualTo("CANCELLED");
		assertThat(handover.about(subject)).singleElement().satisfies(call -> {
			assertThat(call.what()).isEqualTo("reopen");
			assertThat(call.reason()).isEqualTo("承办律师调离本所，无法继续承办。");
		});

		var other = jdbc.sql("SELECT id, name FROM lawyers_provider WHERE id <> :id ORDER BY id")
			.param("id", fx.lawyer.id().value()).query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().getFirst();
		fx.publish(fx.assigned(subject, other.getKey(), other.getValue(), null, true));

		AidCase replaced = fx.get(id);
		assertThat(replaced.id()).isEqualTo(id);
		assertThat(replaced.status()).isEqualTo(CaseStatus.ASSIGNED);
		assertThat(replaced.providerId()).isEqualTo(other.getKey());
		assertThat(replaced.providerName()).isEqualTo(other.getValue());
		assertThat(moves(id)).containsExactly(CaseTransition.OPEN, CaseTransition.ENGAGE, CaseTransition.WITHDRAW,
				CaseTransition.REASSIGN);
		assertThat(fx.timer(id, "D8")).isEqualTo("OPEN");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM casework_case WHERE subject_id = :id").param("id", subject.id())
			.query(Long.class).single()).isEqualTo(1);
		// the former lawyer no longer reaches the case
		assertThatThrownBy(() -> fx.as("lawyer.chengguan", () -> cases.get(id)))
			.isInstanceOf(org.legalaid.shared.RecordNotFound.class);
	}

	@Test
	void majorCasesAreFlaggedByTheDirectorAndDiscussedCollectively() {
		AidCase c = fx.open(CaseFixtures.newSubject());
		assertThatThrownBy(() -> fx.run("director.chengguan", () -> cases.recordDiscussion(c.id(), China.today(), "主任、审查员", "意见")))
			.isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("casework.error.discussion.notMajor");
		assertThatThrownBy(() -> fx.run("lawyer.chengguan", () -> cases.flagMajor(c.id(), "群体性案件")))
			.isInstanceOf(AccessRefused.class);
		fx.run("director.chengguan", () -> cases.flagMajor(c.id(), "64名农民工群体性讨薪案件"));
		fx.run("reviewer.chengguan", () -> cases.recordDiscussion(c.id(), China.today(), "中心主任、审查员、承办律师",
				"建议先申请财产保全。"));
		assertThat(fx.get(c.id()).major()).isTrue();
		assertThat(fx.as("director.chengguan", () -> cases.list(c.number(), true, null, org.legalaid.shared.PageRequest.of(0, 20))).items())
			.extracting(CaseSummary::id).contains(c.id());
		assertThat(fx.as("director.chengguan", () -> cases.discussions(c.id()))).singleElement()
			.satisfies(d -> assertThat(d.conclusion()).isEqualTo("建议先申请财产保全。"));
	}

	@Test
	void theLawyersListShowsTheirCasesWithTheNextDeadline() {
		AidCase c = fx.open(CaseFixtures.newSubject());
		var mine = fx.as("lawyer.chengguan", () -> cases.list(c.number(), false, CaseStatus.ASSIGNED, org.legalaid.shared.PageRequest.of(0, 20)));
		CaseSummary row = mine.items().stream().filter(s -> s.id().equals(c.id())).findFirst().orElseThrow();
		assertThat(row.nextDeadlineRule()).isIn("D8", "D22");
		assertThat(row.nextDeadlineDueAt()).isAfter(OffsetDateTime.now());
		assertThat(fx.as("lawyer.court", () -> cases.list(c.number(), false, null, org.legalaid.shared.PageRequest.of(0, 20))).items())
			.extracting(CaseSummary::id).doesNotContain(c.id());
	}
}
