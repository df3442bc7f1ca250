package org.legalaid.wages;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Figures by county, summed from the records for the actor's scope and period. */
@SpringBootTest
class WageFiguresTests {

	static final LocalDate FROM = LocalDate.of(2021, 3, 1);
	static final LocalDate TO = LocalDate.of(2021, 3, 31);

	@Autowired Complaints complaints;
	@Autowired Supervisions supervisions;
	@Autowired ArrearsLedger ledger;
	@Autowired WageFigures figures;
	@Autowired UserDetailsService users;
	@Autowired JdbcClient jdbc;

	WagesFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new WagesFixtures(users, jdbc, complaints);
	}

	RegionFigures figures(String username) {
		return fx.as(username, () -> figures.byRegion(FROM, TO));
	}

	static RegionRow row(RegionFigures f, String county) {
		return f.rows().stream().filter(r -> r.code().equals(county)).findFirst()
			.orElse(new RegionRow(county, county, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0));
	}

	ComplaintId complaint(String region, int workers, String owed, LocalDate received) {
		return fx.record("clerk.chengguan", WagesFixtures.draft(WagesFixtures.employer(), region, workers, owed, received));
	}

	@Test
	void figuresByCountySumTheComplaintsOfThePeriodInScope() {
		RegionFigures before = figures("clerk.chengguan");
		RegionFigures provinceBefore = figures("bureau.gansu");
		RegionFigures neighbourBefore = figures("clerk.qilihe");

		ComplaintId a = complaint("620102", 10, "100000.00", LocalDate.of(2021, 3, 5));
		ComplaintId b = complaint("620102001", 4, "20000.50", LocalDate.of(2021, 3, 31));
		ComplaintId c = complaint("620103", 3, "9000.00", LocalDate.of(2021, 3, 15));
		complaint("620102", 7, "70000.00", LocalDate.of(2021, 4, 1));

		fx.referToInspection(a);
		fx.move("clerk.chengguan", a, ComplaintStatus.ACCEPTED, null);
		fx.as("clerk.chengguan", () -> ledger.recover(a, complaints.get(a).version(),
				new RecoveryDraft(LocalDate.of(2021, 6, 1), new BigDecimal("100000.00"), RecoveryMethod.INSPECTION_ORDER, 10, null)));
		fx.move("clerk.chengguan", a, ComplaintStatus.RESOLVED, "全部追回");
		fx.as("clerk.chengguan", () -> ledger.recover(b, complaints.get(b).version(),
				new RecoveryDraft(LocalDate.of(2021, 4, 2), new BigDecimal("5000.25"), RecoveryMethod.NEGOTIATION, 2, null)));
		fx.referToInspection(c);
		fx.as("director.chengguan", () -> supervisions.open(c, new SupervisionDraft("请答复", LocalDate.of(2021, 3, 16))));

		RegionFigures after = figures("clerk.chengguan");
		RegionRow chengguan = row(after, "620102");
		RegionRow chengguanBefore = row(before, "620102");
		assertThat(chengguan.name()).isEqualTo("城关区");
		assertThat(chengguan.complaints() - chengguanBefore.complaints()).isEqualTo(2);
		assertThat(chengguan.workers() - chengguanBefore.workers()).isEqualTo(14);
		assertThat(chengguan.owed().subtract(chengguanBefore.owed())).isEqualByComparingTo("120000.50");
		assertThat(chengguan.recovered().subtract(chengguanBefore.recovered())).isEqualByComparingTo("105000.25");
		assertThat(chengguan.outstanding().subtract(chengguanBefore.outstanding())).isEqualByComparingTo("15000.25");
		assertThat(chengguan.resolved() - chengguanBefore.resolved()).isEqualTo(1);
		assertThat(chengguan.workerTimes() - chengguanBefore.workerTimes()).isEqualTo(12);
		RegionRow qilihe = row(after, "620103");
		RegionRow qiliheBefore = row(before, "620103");
		assertThat(qilihe.name()).isEqualTo("七里河区");
		assertThat(qilihe.complaints() - qiliheBefore.complaints()).isEqualTo(1);
		assertThat(qilihe.supervisionsOverdue() - qiliheBefore.supervisionsOverdue()).as("unanswered past its deadline").isEqualTo(1);
		assertThat(qilihe.outstanding().subtract(qiliheBefore.outstanding())).isEqualByComparingTo("9000.00");

		assertThat(after.total().complaints()).isEqualTo(after.rows().stream().mapToLong(RegionRow::complaints).sum());
		assertThat(after.total().owed()).isEqualByComparingTo(after.rows().stream().map(RegionRow::owed).reduce(BigDecimal.ZERO, BigDecimal::add));
		assertThat(after.total().recovered()).isEqualByComparingTo(after.rows().stream().map(RegionRow::recovered).reduce(BigDecimal.ZERO, BigDecimal::add));
		assertThat(after.total().supervisionsOverdue()).isEqualTo(after.rows().stream().mapToLong(RegionRow::supervisionsOverdue).sum());
		assertThat(after.total().complaints() - before.total().complaints()).isEqualTo(3);
		if (before.total().complaints() == 0) {
			assertThat(after.total().resolvedPercent()).isEqualByComparingTo("33.3");
		}

		assertThat(figures("bureau.gansu").total().complaints() - provinceBefore.total().complaints()).as("the province sees them").isEqualTo(3);
		assertThat(figures("clerk.qilihe").total().complaints()).as("the neighbouring county does not, even for work in its area")
			.isEqualTo(neighbourBefore.total().complaints());
	}

	@Test
	void aReversedPeriodIsRefused() {
		assertThatThrownBy(() -> fx.as("clerk.chengguan", () -> figures.byRegion(TO, FROM)))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("to"));
	}
}
