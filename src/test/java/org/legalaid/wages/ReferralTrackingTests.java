package org.legalaid.wages;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalaid.deadlines.Deadlines;
import org.legalaid.shared.ConcurrentChange;
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
 * Referral tracking: RECEIVED → REFERRED → ACCEPTED → RESOLVED or CLOSED_UNRESOLVED, refused moves naming the allowed
 * ones, the acceptance deadline W2, and the receiving centre's view of a complaint referred to it.
 */
@SpringBootTest
class ReferralTrackingTests {

	@Autowired Complaints complaints;
	@Autowired Deadlines deadlines;
	@Autowired UserDetailsService users;
	@Autowired JdbcClient jdbc;

	WagesFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new WagesFixtures(users, jdbc, complaints);
	}

	static void refusedMove(RuleViolation e, String from, String to, String allowed) {
		assertThat(e.field()).isEqualTo("status");
		assertThat(e.messageKey()).isEqualTo("wages.error.transition");
		assertThat(e.args()).extracting(Object::toString).containsExactly(from, to, allowed);
	}

	@Test
	void aComplaintReferredToLabourInspectionIsTrackedToItsResolution() {
		ComplaintId id = fx.recorded(WagesFixtures.employer());
		Complaint referred = fx.referToInspection(id);
		assertThat(referred.status()).isEqualTo(ComplaintStatus.REFERRED);
		assertThat(referred.referral().kind()).isEqualTo(ReferralTarget.Kind.LABOUR_INSPECTION);
		assertThat(referred.referral().targetName()).isEqualTo("城关区劳动保障监察大队");
		assertThat(referred.referral().referredBy()).isEqualTo("clerk.chengguan");
		long timer = fx.referralTimer(id);
		assertThat(fx.timerStatus(timer)).isEqualTo("OPEN");
		assertThat(referred.referral().acceptDueAt().toInstant())
			.isEqualTo(deadlines.dueAt("W2", "620102", referred.referral().referredAt().toInstant()));

		Complaint accepted = fx.as("clerk.chengguan", () -> complaints.move(id, referred.version(), ComplaintStatus.ACCEPTED, null, "JC-2026-77"));
		assertThat(accepted.status()).isEqualTo(ComplaintStatus.ACCEPTED);
		assertThat(accepted.referral().reference()).isEqualTo("JC-2026-77");
		assertThat(accepted.referral().acceptedAt()).isNotNull();
		assertThat(fx.timerStatus(timer)).as("acceptance meets W2").isEqualTo("MET");

		Complaint resolved = fx.move("clerk.chengguan", id, ComplaintStatus.RESOLVED, "监察大队责令支付，工资已全部发放");
		assertThat(resolved.status()).isEqualTo(ComplaintStatus.RESOLVED);
		assertThat(resolved.resultNote()).isEqualTo("监察大队责令支付，工资已全部发放");
		assertThat(resolved.closedAt()).isNotNull();
		assertThat(fx.as("clerk.chengguan", () -> complaints.history(id))).extracting(ComplaintEvent::to)
			.containsExactly(ComplaintStatus.RECEIVED, ComplaintStatus.REFERRED, ComplaintStatus.ACCEPTED, ComplaintStatus.RESOLVED);
		assertThatThrownBy(() -> fx.move("clerk.chengguan", id, ComplaintStatus.CLOSED_UNRESOLVED, "再关一次"))
			.isInstanceOfSatisfying(RuleViolation.class, e -> {
				assertThat(e.messageKey()).isEqualTo("wages.error.transition.final");
				assertThat(e.args()).extracting(Object::toString).containsExactly("RESOLVED", "CLOSED_UNRESOLVED");
			});
	}

	@Test
	void movesTheStatusDoesNotAllowAreRefusedNamingTheAllowedOnes() {
		ComplaintId id = fx.recorded(WagesFixtures.employer());
		assertThatThrownBy(() -> fx.move("clerk.chengguan", id, ComplaintStatus.ACCEPTED, null))
			.isInstanceOfSatisfying(RuleViolation.class, e -> refusedMove(e, "RECEIVED", "ACCEPTED", "REFERRED, CLOSED_UNRESOLVED"));
		assertThatThrownBy(() -> fx.move("clerk.chengguan", id, ComplaintStatus.REFERRED, null))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("wages.error.referral.viaReferral"));
		assertThatThrownBy(() -> fx.move("clerk.chengguan", id, null, null))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("wages.error.status.required"));

		fx.referToInspection(id);
		assertThatThrownBy(() -> fx.move("clerk.chengguan", id, ComplaintStatus.RESOLVED, "已解决"))
			.isInstanceOfSatisfying(RuleViolation.class, e -> refusedMove(e, "REFERRED", "RESOLVED", "ACCEPTED, CLOSED_UNRESOLVED"));
		assertThatThrownBy(() -> fx.referToInspection(id))
			.isInstanceOfSatisfying(RuleViolation.class, e -> refusedMove(e, "REFERRED", "REFERRED", "ACCEPTED, CLOSED_UNRESOLVED"));
		assertThatThrownBy(() -> fx.move("clerk.chengguan", id, ComplaintStatus.CLOSED_UNRESOLVED, " "))
			.isInstanceOfSatisfying(RuleViolation.class, e -> {
				assertThat(e.field()).isEqualTo("note");
				assertThat(e.messageKey()).isEqualTo("wages.error.note.required");
			});
		int stale = fx.get("clerk.chengguan", id).version() - 1;
		assertThatThrownBy(() -> fx.as("clerk.chengguan", () -> complaints.move(id, stale, ComplaintStatus.ACCEPTED, null, null)))
			.isInstanceOf(ConcurrentChange.class);
		assertThat(fx.get("clerk.chengguan", id).status()).isEqualTo(ComplaintStatus.REFERRED);

		Long timer = fx.referralTimer(id);
		Complaint closed = fx.move("clerk.chengguan", id, ComplaintStatus.CLOSED_UNRESOLVED, "监察大队不予受理，已告知申请仲裁");
		assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED_UNRESOLVED);
		assertThat(fx.timerStatus(timer)).as("closed before acceptance: W2 no longer applies").isEqualTo("CANCELLED");
	}

	@Test
	void theCentreAComplaintIsReferredToSeesAndHandlesItAndOthersGetNotFound() {
		ComplaintId id = fx.recorded(WagesFixtures.employer());
		assertThatThrownBy(() -> fx.get("clerk.qilihe", id)).as("not yet referred").isInstanceOf(RecordNotFound.class);

		Complaint referred = fx.referToCentre(id, "620103");
		assertThat(referred.referral().targetName()).contains("七里河");
		assertThat(fx.get("clerk.qilihe", id).status()).isEqualTo(ComplaintStatus.REFERRED);
		assertThat(fx.as("clerk.qilihe", () -> complaints.search(ComplaintFilter.any(), PageRequest.of(0, 200))).items())
			.extracting(ComplaintSummary::id).contains(id);
		assertThatThrownBy(() -> fx.get("clerk.jiayuguan", id)).isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> fx.move("clerk.jiayuguan", id, ComplaintStatus.ACCEPTED, null)).isInstanceOf(RecordNotFound.class);
		assertThat(fx.as("clerk.jiayuguan", () -> complaints.search(ComplaintFilter.any(), PageRequest.of(0, 200))).items())
			.extracting(ComplaintSummary::id).doesNotContain(id);

		Complaint accepted = fx.move("clerk.qilihe", id, ComplaintStatus.ACCEPTED, "七里河中心已受理");
		assertThat(accepted.status()).isEqualTo(ComplaintStatus.ACCEPTED);
		assertThat(fx.timerStatus(fx.referralTimer(id))).isEqualTo("MET");
		assertThat(fx.as("clerk.chengguan", () -> complaints.history(id)).getLast().by()).isEqualTo("clerk.qilihe");
		assertThat(fx.get("clerk.chengguan", id).referral().acceptedAt()).isNotNull();
	}

	@Test
	void referralTargetsAreChecked() {
		ComplaintId id = fx.recorded(WagesFixtures.employer());
		int version = fx.get("clerk.chengguan", id).version();
		long before = jdbc.sql("SELECT COUNT(*) FROM wages_complaint_event WHERE complaint_id = :id").param("id", id.value())
			.query(Long.class).single();
		assertThatThrownBy(() -> fx.as("clerk.chengguan", () -> complaints.refer(id, version, ReferralTarget.centre(fx.centre("620102"), null))))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("wages.referral.error.sameUnit"));
		long workstation = jdbc.sql("SELECT id FROM network_unit WHERE kind = 'WORKSTATION' AND division_code = '620102001'")
			.query(Long.class).single();
		assertThatThrownBy(() -> fx.as("clerk.chengguan", () -> complaints.refer(id, version, ReferralTarget.centre(workstation, null))))
			.isInstanceOfSatisfying(RuleViolation.class, e -> {
				assertThat(e.field()).isEqualTo("centreId");
				assertThat(e.messageKey()).isEqualTo("wages.referral.error.centre");
			});
		assertThatThrownBy(() -> fx.as("clerk.chengguan", () -> complaints.refer(id, version, ReferralTarget.labourInspection(" ", null))))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("agencyName"));
		assertThatThrownBy(() -> fx.as("clerk.chengguan", () -> complaints.refer(id, version,
				ReferralTarget.labourInspection("监察大队", "<script>"))))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("reference"));
		assertThatThrownBy(() -> fx.as("clerk.chengguan", () -> complaints.refer(id, version, null)))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("kind"));
		assertThat(fx.get("clerk.chengguan", id).status()).isEqualTo(ComplaintStatus.RECEIVED);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM wages_complaint_event WHERE complaint_id = :id").param("id", id.value())
			.query(Long.class).single()).isEqualTo(before);
		assertThat(fx.as("clerk.chengguan", () -> complaints.referralCentres(id)))
			.as("centres for Chengguan, nearest first, without the recording centre")
			.isNotEmpty().allMatch(u -> u.isCentre() && u.id() != fx.centre("620102"));
	}
}
