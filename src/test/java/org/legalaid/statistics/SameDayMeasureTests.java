package org.legalaid.statistics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.legalaid.Staff;
import org.legalaid.assignment.CaseSubject;
import org.legalaid.assignment.LawyerAssigned;
import org.legalaid.casework.CaseId;
import org.legalaid.casework.CaseStatus;
import org.legalaid.casework.CaseTransition;
import org.legalaid.casework.CaseTransitioned;
import org.legalaid.intake.ApplicationGranted;
import org.legalaid.intake.ApplicationId;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The same-day measure from the grant and assignment events, handed to its listeners directly (the whole flow, from
 * registration to the accepted assignment, is {@link SameDayFlowTests}): only green-channel applications count, received, decided
 * and assigned on one calendar day in China time, the first assignment only, per centre of the reader's subtree.
 */
@SpringBootTest
class SameDayMeasureTests {

	/** A month no other test writes into. */
	static final LocalDate FROM = LocalDate.of(2019, 6, 1);
	static final LocalDate TO = LocalDate.of(2019, 6, 30);
	static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
	static final AtomicLong IDS = new AtomicLong(9_100_000_000L);

	@Autowired SameDayMeasure measure;
	@Autowired UserDetailsService users;
	@Autowired JdbcClient jdbc;

	record Centre(long id, String path) {
	}

	Centre centre(String division) {
		return jdbc.sql("SELECT id, unit_path FROM network_unit WHERE division_code = :d AND kind = 'CENTRE'").param("d", division)
			.query((rs, n) -> new Centre(rs.getLong(1), rs.getString(2))).single();
	}

	long granted(Centre centre, boolean green, OffsetDateTime received, OffsetDateTime decided) {
		long id = IDS.incrementAndGet();
		measure.on(new ApplicationGranted(new ApplicationId(id), "T-" + id, centre.id(), centre.path(), "620102", "LABOUR_PAY", 1L, green,
				false, received, decided, 0));
		return id;
	}

	void assigned(long applicationId, Centre centre, OffsetDateTime at, boolean reassignment) {
		measure.on(new LawyerAssigned(IDS.incrementAndGet(), CaseSubject.application(applicationId, "T-" + applicationId), 1, "李明",
				null, 1, "城关区法律援助中心", centre.id(), centre.path(), "620102", "LABOUR_PAY", at, at.plusHours(1), reassignment));
	}

	void engaged(long applicationId, Centre centre, OffsetDateTime at) {
		measure.on(new CaseTransitioned(new CaseId(IDS.incrementAndGet()), "C-" + applicationId,
				CaseSubject.application(applicationId, "T-" + applicationId), CaseTransition.ENGAGE, CaseStatus.ASSIGNED, CaseStatus.ENGAGED,
				at, "lawyer.chengguan", "签订委托协议", centre.path(), "620102", "LABOUR_PAY"));
	}

	SameDayRow row(String username, Centre centre) {
		SameDayFigures f = Staff.signedIn(users, username, () -> measure.figures(FROM, TO));
		return f.rows().stream().filter(r -> r.centreId() == centre.id()).findFirst()
			.orElse(new SameDayRow(centre.id(), "", 0, 0, 0, 0));
	}

	static OffsetDateTime at(int day, int hour) {
		return OffsetDateTime.of(2019, 6, day, hour, 0, 0, 0, CHINA);
	}

	@Test
	void countsGreenChannelApplicationsReceivedDecidedAndAssignedOnOneChinaDay() {
		Centre chengguan = centre("620102");
		SameDayRow before = row("director.chengguan", chengguan);

		long sameDay = granted(chengguan, true, at(3, 9), at(3, 11));
		assigned(sameDay, chengguan, at(3, 16), false);
		engaged(sameDay, chengguan, at(3, 17));
		engaged(sameDay, chengguan, at(5, 9)); // after a reassignment: the first agreement counts
		long decidedNextDay = granted(chengguan, true, at(4, 9), at(5, 9));
		assigned(decidedNextDay, chengguan, at(5, 10), false);
		long assignedNextDay = granted(chengguan, true, at(6, 9), at(6, 10));
		assigned(assignedNextDay, chengguan, at(7, 9), false);
		granted(chengguan, true, at(8, 9), at(8, 10)); // not assigned yet
		long notGreen = granted(chengguan, false, at(9, 9), at(9, 10));
		assigned(notGreen, chengguan, at(9, 11), false);
		// 23:30 UTC on the 9th is 07:30 on the 10th in China: all three fall on the 10th there
		long lateUtc = granted(chengguan, true, OffsetDateTime.of(2019, 6, 9, 23, 30, 0, 0, ZoneOffset.UTC), at(10, 9));
		assigned(lateUtc, chengguan, at(10, 15), false);
		engaged(lateUtc, chengguan, at(11, 9));

		SameDayRow after = row("director.chengguan", chengguan);
		assertThat(after.granted() - before.granted()).isEqualTo(5);
		assertThat(after.assigned() - before.assigned()).isEqualTo(4);
		assertThat(after.sameDay() - before.sameDay()).isEqualTo(2);
		assertThat(after.allFive() - before.allFive()).as("aided on the day of application too").isEqualTo(1);
	}

	@Test
	void aReassignmentOrARepeatedEventChangesNothing() {
		Centre chengguan = centre("620102");
		long id = granted(chengguan, true, at(12, 9), at(12, 10));
		SameDayRow before = row("director.chengguan", chengguan);

		measure.on(new ApplicationGranted(new ApplicationId(id), "T-" + id, chengguan.id(), chengguan.path(), "620102", "LABOUR_PAY", 1L,
				true, false, at(12, 9), at(12, 10), 0));
		assigned(id, chengguan, at(13, 9), false);
		assigned(id, chengguan, at(12, 17), true);

		SameDayRow after = row("director.chengguan", chengguan);
		assertThat(after.granted()).isEqualTo(before.granted());
		assertThat(after.assigned() - before.assigned()).isEqualTo(1);
		assertThat(after.sameDay()).as("the first assignment, on the next day, counts").isEqualTo(before.sameDay());
		assertThat(jdbc.sql("SELECT assigned_day FROM statistics_granted_application WHERE application_id = :id").param("id", id)
			.query(LocalDate.class).single()).isEqualTo(LocalDate.of(2019, 6, 13));
	}

	@Test
	void eachReaderSeesTheCentresOfTheirSubtreeOnly() {
		Centre chengguan = centre("620102");
		Centre qilihe = centre("620103");
		SameDayRow province = row("bureau.gansu", chengguan);
		SameDayRow neighbour = row("clerk.qilihe", chengguan);

		long id = granted(chengguan, true, at(20, 9), at(20, 10));
		assigned(id, chengguan, at(20, 11), false);

		assertThat(row("bureau.gansu", chengguan).sameDay() - province.sameDay()).isEqualTo(1);
		assertThat(neighbour.granted()).isZero();
		assertThat(row("clerk.qilihe", chengguan).granted()).isZero();
		assertThat(Staff.signedIn(users, "clerk.qilihe", () -> measure.figures(FROM, TO)).rows())
			.allMatch(r -> r.centreId() == qilihe.id());
	}

	@Test
	void refusesABackwardOrOverlongPeriodAndReadersWithoutTheRole() {
		assertThatThrownBy(() -> Staff.signedIn(users, "director.chengguan", () -> measure.figures(TO, FROM)))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("to"));
		assertThatThrownBy(() -> Staff.signedIn(users, "director.chengguan",
				() -> measure.figures(LocalDate.of(2010, 1, 1), LocalDate.of(2019, 1, 1))))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("period.tooLong"));
		assertThatThrownBy(() -> Staff.signedIn(users, "hotline.gansu", () -> measure.figures(FROM, TO)))
			.isInstanceOf(AccessRefused.class);
	}

	@Test
	void theShareIsRoundedToOneDecimalAndAbsentWithoutGrants() {
		assertThat(new SameDayRow(1, "x", 3, 3, 2, 1).percent()).isEqualTo(66.7);
		assertThat(new SameDayRow(1, "x", 3, 3, 2, 1).allFivePercent()).isEqualTo(33.3);
		assertThat(new SameDayRow(1, "x", 0, 0, 0, 0).percent()).isNull();
	}
}
