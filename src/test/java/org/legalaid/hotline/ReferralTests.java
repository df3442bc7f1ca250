package org.legalaid.hotline;

import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.legalaid.Staff;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Referrals to other centres and hotlines, tracked from REFERRED to a result, within the referring unit's scope. */
@SpringBootTest
class ReferralTests {

	@Autowired Consultations consultations;
	@Autowired Referrals referrals;
	@Autowired UserDetailsService users;
	@Autowired JdbcClient jdbc;

	<T> T as(String username, Supplier<T> work) {
		return Staff.signedIn(users, username, work);
	}

	long centre(String division) {
		return jdbc.sql("SELECT id FROM network_unit WHERE division_code = :d AND kind = 'CENTRE'").param("d", division)
			.query(Long.class).single();
	}

	ConsultationId consultation(String username) {
		return as(username, () -> consultations.record(ConsultationTests.draft("欠薪投诉", 120)));
	}

	@Test
	void aReferralToAnotherHotlineMovesFromReferredToAcceptedToResolved() {
		ConsultationId c = consultation("clerk.chengguan");
		ReferralId id = as("clerk.chengguan", () -> referrals.refer(c, ReferralTarget.hotline("12333"), "LD-2026-0042"));

		Referral referred = as("clerk.chengguan", () -> referrals.get(id));
		assertThat(referred.status()).isEqualTo(ReferralStatus.REFERRED);
		assertThat(referred.targetName()).isEqualTo("12333");
		assertThat(referred.reference()).isEqualTo("LD-2026-0042");
		assertThat(referred.dueAt()).isEqualTo(referred.referredAt().plus(Referrals.FOLLOW_UP));
		assertThat(as("clerk.chengguan", () -> referrals.open(PageRequest.of(0, 200))).items()).extracting(Referral::id).contains(id);

		assertThat(as("clerk.chengguan", () -> referrals.update(id, ReferralStatus.ACCEPTED, null)).status()).isEqualTo(ReferralStatus.ACCEPTED);
		Referral resolved = as("hotline.gansu", () -> referrals.update(id, ReferralStatus.RESOLVED, "劳动监察已责令支付工资"));
		assertThat(resolved.status()).isEqualTo(ReferralStatus.RESOLVED);
		assertThat(resolved.resultNote()).isEqualTo("劳动监察已责令支付工资");
		assertThat(as("clerk.chengguan", () -> referrals.open(PageRequest.of(0, 200))).items()).extracting(Referral::id).doesNotContain(id);
		assertThat(as("clerk.chengguan", () -> referrals.forConsultation(c))).extracting(Referral::status).containsExactly(ReferralStatus.RESOLVED);
	}

	@Test
	void illegalMovesAreRefusedWithTheReason() {
		ConsultationId c = consultation("clerk.chengguan");
		ReferralId id = as("clerk.chengguan", () -> referrals.refer(c, ReferralTarget.centre(centre("620103")), null));
		assertThat(as("clerk.chengguan", () -> referrals.get(id)).targetName()).contains("七里河");

		assertThatThrownBy(() -> as("clerk.chengguan", () -> referrals.update(id, ReferralStatus.RESOLVED, "已解决")))
			.isInstanceOfSatisfying(RuleViolation.class, e -> {
				assertThat(e.field()).isEqualTo("status");
				assertThat(e.messageKey()).isEqualTo("hotline.referral.error.transition");
				assertThat(e.args()).containsExactly("REFERRED", "RESOLVED");
			});
		assertThatThrownBy(() -> as("clerk.chengguan", () -> referrals.update(id, ReferralStatus.RETURNED, " ")))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("note"));
		as("clerk.chengguan", () -> referrals.update(id, ReferralStatus.RETURNED, "对方中心退回：不属于其受理范围"));
		assertThatThrownBy(() -> as("clerk.chengguan", () -> referrals.update(id, ReferralStatus.ACCEPTED, null)))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.args()).containsExactly("RETURNED", "ACCEPTED"));
	}

	@Test
	void targetsAreChecked() {
		ConsultationId c = consultation("clerk.chengguan");
		assertThatThrownBy(() -> as("clerk.chengguan", () -> referrals.refer(c, ReferralTarget.hotline("110"), null)))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("target"));
		assertThatThrownBy(() -> as("clerk.chengguan", () -> referrals.refer(c, ReferralTarget.centre(centre("620102")), null)))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("hotline.referral.error.sameUnit"));
		assertThatThrownBy(() -> as("clerk.chengguan", () -> referrals.refer(c, ReferralTarget.centre(-5), null)))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("hotline.referral.error.centre"));
	}

	@Test
	void aNeighbouringCountyCanNeitherSeeNorUpdateAReferral() {
		ConsultationId c = consultation("clerk.chengguan");
		ReferralId id = as("clerk.chengguan", () -> referrals.refer(c, ReferralTarget.hotline("12345"), "SZ-1"));

		assertThatThrownBy(() -> as("clerk.qilihe", () -> referrals.get(id))).isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> as("clerk.qilihe", () -> referrals.update(id, ReferralStatus.ACCEPTED, null))).isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> as("clerk.qilihe", () -> referrals.refer(c, ReferralTarget.hotline("12345"), null))).isInstanceOf(RecordNotFound.class);
		assertThat(as("clerk.qilihe", () -> referrals.open(PageRequest.of(0, 200))).items()).extracting(Referral::id).doesNotContain(id);
		assertThat(as("clerk.chengguan", () -> referrals.get(id)).status()).isEqualTo(ReferralStatus.REFERRED);
	}

	@Test
	void aReferralToIntakeIsHandedOverToTheReceivingCentreOnly() {
		ConsultationId c = consultation("hotline.gansu");
		long chengguan = centre("620102");
		ReferralId id = as("hotline.gansu", () -> referrals.refer(c, ReferralTarget.intake(chengguan), null));

		assertThat(as("clerk.chengguan", () -> referrals.awaitingIntake(PageRequest.of(0, 200))).items()).extracting(Referral::id).contains(id);
		assertThat(as("clerk.qilihe", () -> referrals.awaitingIntake(PageRequest.of(0, 200))).items()).extracting(Referral::id).doesNotContain(id);

		IntakeReferral handover = as("clerk.chengguan", () -> referrals.forIntake(id));
		assertThat(handover.callerName()).isEqualTo("张先生");
		assertThat(handover.callerPhone()).isEqualTo("13912345678");
		assertThat(handover.question()).isEqualTo("欠薪投诉");
		assertThat(handover.channel()).isEqualTo(ConsultationChannel.PHONE_12348);
		assertThat(handover.targetUnitId()).isEqualTo(chengguan);
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM access_audit_event WHERE record_type = 'consultation' AND record_id = :id
				    AND action = 'REVEAL_PERSONAL_DATA' AND actor_username = 'clerk.chengguan'""")
			.param("id", Long.toString(c.value())).query(Long.class).single()).isEqualTo(1);
		assertThatThrownBy(() -> as("clerk.qilihe", () -> referrals.forIntake(id))).isInstanceOf(RecordNotFound.class);

		Referral resolved = as("clerk.chengguan", () -> referrals.registeredAsApplication(id, "620102-2026-000777"));
		assertThat(resolved.status()).isEqualTo(ReferralStatus.RESOLVED);
		assertThat(resolved.reference()).isEqualTo("620102-2026-000777");
		assertThat(as("hotline.gansu", () -> referrals.get(id)).reference()).isEqualTo("620102-2026-000777");
		assertThatThrownBy(() -> as("clerk.chengguan", () -> referrals.forIntake(id)))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("hotline.referral.error.notAwaitingIntake"));
		assertThat(as("clerk.chengguan", () -> referrals.awaitingIntake(PageRequest.of(0, 200))).items()).extracting(Referral::id).doesNotContain(id);
	}

	@Test
	void intakeMayBeTheOwnCentreAndOnlyAReferralToIntakeIsHandedOver() {
		ConsultationId c = consultation("clerk.chengguan");
		ReferralId own = as("clerk.chengguan", () -> referrals.refer(c, ReferralTarget.intake(centre("620102")), null));
		assertThat(as("clerk.chengguan", () -> referrals.get(own)).targetName()).contains("城关");
		ReferralId hotline = as("clerk.chengguan", () -> referrals.refer(c, ReferralTarget.hotline("12333"), null));
		assertThatThrownBy(() -> as("clerk.chengguan", () -> referrals.forIntake(hotline)))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("hotline.referral.error.notAwaitingIntake"));

		assertThatThrownBy(() -> as("clerk.chengguan", () -> referrals.returnedByIntake(own, " ")))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("note"));
		Referral returned = as("clerk.chengguan", () -> referrals.returnedByIntake(own, "来电人未来申请"));
		assertThat(returned.status()).isEqualTo(ReferralStatus.RETURNED);
		assertThat(returned.resultNote()).isEqualTo("来电人未来申请");
	}
}
