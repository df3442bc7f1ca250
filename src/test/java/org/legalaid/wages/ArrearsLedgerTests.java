package org.legalaid.wages;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.ConcurrentChange;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The arrears ledger: entries add up, never beyond the amount owed, and only within the complaint's scope. */
@SpringBootTest
class ArrearsLedgerTests {

	@Autowired Complaints complaints;
	@Autowired ArrearsLedger ledger;
	@Autowired UserDetailsService users;
	@Autowired JdbcClient jdbc;

	WagesFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new WagesFixtures(users, jdbc, complaints);
	}

	long recover(String username, ComplaintId id, String amount, RecoveryMethod method, int workers) {
		return fx.as(username, () -> ledger.recover(id, complaints.get(id).version(),
				new RecoveryDraft(WagesFixtures.today(), new BigDecimal(amount), method, workers, "第一批")));
	}

	long entries(ComplaintId id) {
		return jdbc.sql("SELECT COUNT(*) FROM wages_recovery WHERE complaint_id = :id").param("id", id.value()).query(Long.class).single();
	}

	@Test
	void recoveriesAddUpToTheAmountOwedAndNotBeyond() {
		ComplaintId id = fx.record("clerk.chengguan", WagesFixtures.draft(WagesFixtures.employer(), "620102", 8, "96000.00", null));
		fx.referToInspection(id);
		recover("clerk.chengguan", id, "30000", RecoveryMethod.INSPECTION_ORDER, 3);
		recover("clerk.chengguan", id, "16000.50", RecoveryMethod.MEDIATION, 2);
		Arrears arrears = fx.as("clerk.chengguan", () -> ledger.arrears(id));
		assertThat(arrears.owed()).isEqualByComparingTo("96000.00");
		assertThat(arrears.recovered()).isEqualByComparingTo("46000.50");
		assertThat(arrears.outstanding()).isEqualByComparingTo("49999.50");
		assertThat(arrears.workerTimes()).isEqualTo(5);
		assertThat(arrears.entries()).extracting(Recovery::method).containsExactly(RecoveryMethod.INSPECTION_ORDER, RecoveryMethod.MEDIATION);
		assertThat(arrears.settled()).isFalse();

		assertThatThrownBy(() -> recover("clerk.chengguan", id, "49999.51", RecoveryMethod.LITIGATION, 3))
			.isInstanceOfSatisfying(RuleViolation.class, e -> {
				assertThat(e.field()).isEqualTo("amount");
				assertThat(e.messageKey()).isEqualTo("wages.recovery.error.exceeds");
				assertThat(e.args()).containsExactly("49999.50", "96000.00");
			});
		assertThat(entries(id)).isEqualTo(2);

		recover("clerk.chengguan", id, "49999.50", RecoveryMethod.LITIGATION, 3);
		Arrears settled = fx.as("director.chengguan", () -> ledger.arrears(id));
		assertThat(settled.outstanding()).isEqualByComparingTo("0");
		assertThat(settled.settled()).isTrue();
		assertThatThrownBy(() -> recover("clerk.chengguan", id, "0.01", RecoveryMethod.NEGOTIATION, 1))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("wages.recovery.error.exceeds"));
		assertThat(entries(id)).isEqualTo(3);
	}

	@Test
	void anEntryIsCheckedAndAStaleOneRefused() {
		ComplaintId id = fx.record("clerk.chengguan", WagesFixtures.draft(WagesFixtures.employer(), "620102", 4, "20000", LocalDate.of(2026, 8, 3)));
		int version = fx.get("clerk.chengguan", id).version();
		assertThatThrownBy(() -> fx.as("clerk.chengguan", () -> ledger.recover(id, version,
				new RecoveryDraft(WagesFixtures.today(), new BigDecimal("100"), RecoveryMethod.NEGOTIATION, 5, null))))
			.isInstanceOfSatisfying(RuleViolation.class, e -> {
				assertThat(e.field()).isEqualTo("workers");
				assertThat(e.args()).containsExactly(4);
			});
		assertThatThrownBy(() -> fx.as("clerk.chengguan", () -> ledger.recover(id, version,
				new RecoveryDraft(LocalDate.of(2026, 8, 2), new BigDecimal("100"), RecoveryMethod.NEGOTIATION, 1, null))))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("wages.recovery.error.date.beforeReceived"));
		assertThatThrownBy(() -> fx.as("clerk.chengguan", () -> ledger.recover(id, version,
				new RecoveryDraft(WagesFixtures.today().plusDays(2), new BigDecimal("100"), RecoveryMethod.NEGOTIATION, 1, null))))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("wages.recovery.error.date.future"));
		assertThatThrownBy(() -> fx.as("clerk.chengguan", () -> ledger.recover(id, version,
				new RecoveryDraft(WagesFixtures.today(), new BigDecimal("1.999"), RecoveryMethod.NEGOTIATION, 1, null))))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("wages.error.amount.scale"));
		assertThatThrownBy(() -> fx.as("clerk.chengguan", () -> ledger.recover(id, version,
				new RecoveryDraft(WagesFixtures.today(), new BigDecimal("100"), null, 1, null))))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("method"));
		assertThatThrownBy(() -> fx.as("clerk.chengguan", () -> ledger.recover(id, version,
				new RecoveryDraft(WagesFixtures.today(), new BigDecimal("100"), RecoveryMethod.NEGOTIATION, 1, "<a href=x>"))))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("note"));
		assertThat(entries(id)).isZero();

		fx.as("clerk.chengguan", () -> ledger.recover(id, version,
				new RecoveryDraft(WagesFixtures.today(), new BigDecimal("100"), RecoveryMethod.NEGOTIATION, 1, null)));
		assertThatThrownBy(() -> fx.as("clerk.chengguan", () -> ledger.recover(id, version,
				new RecoveryDraft(WagesFixtures.today(), new BigDecimal("100"), RecoveryMethod.NEGOTIATION, 1, null))))
			.as("entered against the version read before the first entry").isInstanceOf(ConcurrentChange.class);
		assertThat(entries(id)).isEqualTo(1);
	}

	@Test
	void aNeighbouringCountyCanNeitherReadNorAddToTheLedger() {
		ComplaintId id = fx.recorded(WagesFixtures.employer());
		int version = fx.get("clerk.chengguan", id).version();
		assertThatThrownBy(() -> fx.as("clerk.qilihe", () -> ledger.arrears(id))).isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> fx.as("clerk.qilihe", () -> ledger.recover(id, version,
				new RecoveryDraft(WagesFixtures.today(), new BigDecimal("100"), RecoveryMethod.NEGOTIATION, 1, null))))
			.isInstanceOf(RecordNotFound.class);
		assertThat(entries(id)).isZero();
	}
}
