package org.legalaid.wages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalaid.deadlines.DeadlineSweep;
import org.legalaid.deadlines.Deadlines;
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

/**
 * Supervision rounds: the reply deadline by rule W1 over the official calendar, the sweep's due-soon and overdue
 * alerts as reminders, replies from the receiving centre, a second round, and the end of supervision with the complaint.
 */
@SpringBootTest
class SupervisionTests {

	@Autowired Complaints complaints;
	@Autowired Supervisions supervisions;
	@Autowired Deadlines deadlines;
	@Autowired DeadlineSweep sweep;
	@Autowired UserDetailsService users;
	@Autowired JdbcClient jdbc;

	WagesFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new WagesFixtures(users, jdbc, complaints);
	}

	static Instant at(String local) {
		return ZonedDateTime.parse(local + "+08:00[Asia/Shanghai]").toInstant();
	}

	SupervisionId open(String username, ComplaintId id, String instruction, LocalDate issuedOn) {
		return fx.as(username, () -> supervisions.open(id, new SupervisionDraft(instruction, issuedOn)));
	}

	List<Supervision> rounds(String username, ComplaintId id) {
		return fx.as(username, () -> supervisions.forComplaint(id));
	}

	void report(String username, SupervisionId id, String text) {
		fx.run(username, () -> supervisions.report(id, text));
	}

	@Test
	void theReplyDeadlineIsCountedInWorkingDaysOverTheNationalDayHolidayAndAWeekend() {
		ComplaintId id = fx.record("clerk.chengguan", WagesFixtures.draft(WagesFixtures.employer(), "620102", 6, "30000", LocalDate.of(2026, 9, 24)));
		fx.referToInspection(id);

		// Issued Wednesday 2026-09-30: 1–7 October are holidays; working days 8, 9, Saturday 10 (adjusted), 12, 13.
		SupervisionId first = open("director.chengguan", id, "请于五个工作日内答复核查情况。", LocalDate.of(2026, 9, 30));
		Supervision round1 = rounds("director.chengguan", id).getFirst();
		assertThat(round1.id()).isEqualTo(first);
		assertThat(round1.round()).isEqualTo(1);
		assertThat(round1.dueAt().toInstant()).isEqualTo(at("2026-10-14T00:00"));
		assertThat(round1.dueOn()).isEqualTo(LocalDate.of(2026, 10, 13));
		assertThat(round1.dueAt().toInstant()).isEqualTo(deadlines.dueAt("W1", "620102", at("2026-09-30T00:00")));
		assertThat(fx.as("director.chengguan", () -> deadlines.timer(round1.timerId())).ruleCode()).isEqualTo("W1");

		// A second round issued Thursday 2026-11-12: Friday 13, then Monday 16 to Thursday 19 after the weekend.
		SupervisionId second = open("director.chengguan", id, "仍未答复，再次督办。", LocalDate.of(2026, 11, 12));
		List<Supervision> both = rounds("director.chengguan", id);
		assertThat(both).extracting(Supervision::round).containsExactly(1, 2);
		assertThat(both.get(0).status()).isEqualTo(SupervisionStatus.SUPERSEDED);
		assertThat(fx.timerStatus(round1.timerId())).as("a superseded deadline no longer applies").isEqualTo("CANCELLED");
		assertThat(both.get(1).id()).isEqualTo(second);
		assertThat(both.get(1).dueAt().toInstant()).isEqualTo(at("2026-11-20T00:00"));
		assertThat(both.get(0).lateAt(both.get(0).closedAt())).as("superseded after its deadline without a reply").isTrue();

		String employer = fx.get("clerk.chengguan", id).employerName();
		ComplaintSummary line = fx.as("clerk.chengguan", () -> complaints.search(new ComplaintFilter(employer, null),
				PageRequest.of(0, 5))).items().getFirst();
		assertThat(line.reminder()).isEqualTo(Reminder.OVERDUE);
		assertThat(line.supervisionDueOn()).isEqualTo(LocalDate.of(2026, 11, 19));
	}

	@Test
	void theSweepRaisesTheDueSoonAndOverdueRemindersOnAnUnansweredSupervision() {
		ComplaintId id = fx.recorded(WagesFixtures.employer());
		fx.referToInspection(id);
		open("director.chengguan", id, "请尽快核实并答复。", null);
		Supervision round = rounds("clerk.chengguan", id).getFirst();
		assertThat(round.dueAt().toInstant()).isEqualTo(deadlines.dueAt("W1", "620102", round.openedAt().toInstant()));
		assertThat(round.reminderAt(round.openedAt())).isEqualTo(Reminder.WAITING);
		long timer = round.timerId();

		sweep.sweep(round.dueSoonAt().toInstant().minusSeconds(1));
		assertThat(fx.alerts(timer, "DUE_SOON") + fx.alerts(timer, "OVERDUE")).isZero();

		sweep.sweep(round.dueSoonAt().toInstant());
		assertThat(fx.alerts(timer, "DUE_SOON")).isEqualTo(1);
		assertThat(round.reminderAt(round.dueSoonAt())).isEqualTo(Reminder.DUE_SOON);

		sweep.sweep(round.dueAt().toInstant());
		assertThat(fx.alerts(timer, "OVERDUE")).isEqualTo(1);
		assertThat(round.reminderAt(round.dueAt())).isEqualTo(Reminder.OVERDUE);
		sweep.sweep(round.dueAt().toInstant().plusSeconds(86_400));
		assertThat(fx.alerts(timer, "OVERDUE")).as("raised once").isEqualTo(1);
		assertThat(jdbc.sql("SELECT subject_type FROM deadlines_alert WHERE timer_id = :t AND kind = 'OVERDUE'").param("t", timer)
			.query(String.class).single()).isEqualTo("wages_supervision");
	}

	@Test
	void theReceivingCentreRepliesAndClosingTheComplaintEndsTheSupervision() {
		ComplaintId id = fx.recorded(WagesFixtures.employer());
		fx.referToCentre(id, "620103");
		SupervisionId sid = open("director.chengguan", id, "请七里河中心五个工作日内反馈受理和办理情况。", null);
		long timer = rounds("director.chengguan", id).getFirst().timerId();

		report("clerk.qilihe", sid, "已受理，正在与用人单位协商。");
		Supervision answered = rounds("clerk.qilihe", id).getFirst();
		assertThat(answered.answeredAt()).isNotNull();
		assertThat(answered.reminderAt(answered.dueAt().plusDays(1))).as("answered in time, no reminder").isEqualTo(Reminder.ANSWERED);
		assertThat(answered.lateAt(answered.dueAt().plusDays(30))).isFalse();
		assertThat(fx.timerStatus(timer)).as("the first reply meets the deadline").isEqualTo("MET");

		report("clerk.chengguan", sid, "用人单位承诺月底前支付。");
		Supervision reported = rounds("clerk.chengguan", id).getFirst();
		assertThat(reported.answeredAt()).isEqualTo(answered.answeredAt());
		assertThat(reported.reports()).extracting(SupervisionReport::by).containsExactly("clerk.qilihe", "clerk.chengguan");
		assertThat(reported.reports()).extracting(SupervisionReport::text).containsExactly("已受理，正在与用人单位协商。", "用人单位承诺月底前支付。");
		assertThat(reported.reports()).allMatch(r -> r.at() != null);

		fx.move("clerk.qilihe", id, ComplaintStatus.ACCEPTED, null);
		fx.move("clerk.qilihe", id, ComplaintStatus.RESOLVED, "工资已全部支付");
		Supervision ended = rounds("director.chengguan", id).getFirst();
		assertThat(ended.status()).isEqualTo(SupervisionStatus.CLOSED);
		assertThat(ended.closedAt()).isNotNull();
		assertThatThrownBy(() -> report("clerk.qilihe", sid, "补充"))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("wages.supervision.error.closed"));
		assertThatThrownBy(() -> open("director.chengguan", id, "再督办", null))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("wages.supervision.error.notReferred"));
	}

	@Test
	void closingAComplaintWithoutAReplyMeetsTheOpenDeadline() {
		ComplaintId id = fx.recorded(WagesFixtures.employer());
		fx.referToInspection(id);
		open("bureau.gansu", id, "省厅督办：请尽快处理。", null);
		Supervision round = rounds("bureau.gansu", id).getFirst();
		assertThat(round.openedBy()).isEqualTo("bureau.gansu");
		fx.move("clerk.chengguan", id, ComplaintStatus.CLOSED_UNRESOLVED, "用人单位已注销，告知申请仲裁");
		assertThat(fx.timerStatus(round.timerId())).isEqualTo("MET");
		assertThat(rounds("clerk.chengguan", id).getFirst().status()).isEqualTo(SupervisionStatus.CLOSED);
	}

	@Test
	void onlySupervisorsOfTheRecordingUnitOpenARoundOnAReferredComplaintWithValidInput() {
		ComplaintId id = fx.record("clerk.chengguan", WagesFixtures.draft(WagesFixtures.employer(), "620102", 3, "9000", LocalDate.of(2026, 10, 20)));
		assertThatThrownBy(() -> open("director.chengguan", id, "督办", null))
			.isInstanceOfSatisfying(RuleViolation.class, e -> {
				assertThat(e.messageKey()).isEqualTo("wages.supervision.error.notReferred");
				assertThat(e.args()).extracting(Object::toString).containsExactly("RECEIVED");
			});
		fx.referToCentre(id, "620103");
		assertThatThrownBy(() -> open("clerk.chengguan", id, "督办", null)).isInstanceOf(AccessRefused.class);
		assertThatThrownBy(() -> open("clerk.qilihe", id, "督办", null)).isInstanceOf(AccessRefused.class);
		assertThatThrownBy(() -> open("director.chengguan", id, " ", null))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("instruction"));
		assertThatThrownBy(() -> open("director.chengguan", id, "<script>x</script>", null))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("wages.error.text.invalid"));
		assertThatThrownBy(() -> open("director.chengguan", id, "督办", WagesFixtures.today().plusDays(3)))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("wages.supervision.error.issuedOn.future"));
		assertThatThrownBy(() -> open("director.chengguan", id, "督办", LocalDate.of(2026, 10, 19)))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("wages.supervision.error.issuedOn.beforeReceived"));
		assertThat(rounds("director.chengguan", id)).isEmpty();

		SupervisionId sid = open("director.chengguan", id, "督办", null);
		assertThatThrownBy(() -> report("clerk.jiayuguan", sid, "答复")).isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> rounds("clerk.jiayuguan", id)).isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> report("clerk.qilihe", sid, " "))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("text"));
		assertThat(rounds("clerk.qilihe", id).getFirst().answeredAt()).isNull();
	}
}
