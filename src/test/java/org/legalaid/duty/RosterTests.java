package org.legalaid.duty;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalaid.lawyers.ExclusionReason;
import org.legalaid.lawyers.ProviderId;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.legalaid.duty.DutyFixtures.at;

/** The roster rules: eligibility on the day named when refused, no overlapping shifts, opening days, scope. Days +40…+60. */
@SpringBootTest
class RosterTests {

	@Autowired Rosters rosters;
	@Autowired Stations stations;
	@Autowired LegalHelp help;
	@Autowired UserDetailsService users;
	@Autowired JdbcClient jdbc;
	@Autowired MessageSource messages;

	DutyFixtures f;
	long detention;
	long court;

	@BeforeEach
	void setUp() {
		f = new DutyFixtures(users, jdbc);
		detention = f.unit(DutyFixtures.DETENTION);
		court = f.unit(DutyFixtures.COURT);
	}

	ShiftId schedule(long station, ProviderId provider, LocalDate day, int from, int to) {
		return f.as("director.chengguan", () -> rosters.schedule(new ShiftDraft(station, provider, at(day, from, 0), at(day, to, 0))));
	}

	@Test
	void anEligibleLawyerIsRosteredAndOverlappingShiftsAreRefusedAtAnyStation() {
		LocalDate day = DutyFixtures.today().plusDays(40);
		ProviderId ma = f.provider("马晓梅");
		ShiftId morning = schedule(court, ma, day, 9, 12);

		assertThatThrownBy(() -> schedule(detention, ma, day, 11, 14)).isInstanceOfSatisfying(RuleViolation.class, e -> {
			assertThat(e.field()).isEqualTo("startsAt");
			assertThat(e.messageKey()).isEqualTo("duty.error.shift.overlap");
			assertThat(e.args()).contains("马晓梅", DutyFixtures.COURT);
		});
		assertThatThrownBy(() -> schedule(court, ma, day, 8, 18)).isInstanceOf(RuleViolation.class);
		ShiftId afternoon = schedule(detention, ma, day, 12, 15);

		RosterWeek week = f.as("director.chengguan", () -> rosters.week(court, day));
		assertThat(week.monday()).isEqualTo(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
		assertThat(week.days()).hasSize(7);
		assertThat(week.days().stream().filter(d -> d.date().equals(day)).findFirst().orElseThrow().shifts())
			.extracting(Shift::id).containsExactly(morning);
		Shift shift = f.as("director.chengguan", () -> rosters.get(afternoon));
		assertThat(shift.stationName()).isEqualTo(DutyFixtures.DETENTION);
		assertThat(shift.providerName()).isEqualTo("马晓梅");
		assertThat(shift.peopleHelped()).isZero();
	}

	@Test
	void aProviderNotEligibleAsDutyLawyerIsRefusedNamingTheReason() {
		LocalDate day = DutyFixtures.today().plusDays(41);
		assertThatThrownBy(() -> schedule(detention, f.provider("李娜"), day, 9, 12)).isInstanceOfSatisfying(RuleViolation.class, e -> {
			assertThat(e.field()).isEqualTo("providerId");
			assertThat(e.messageKey()).isEqualTo("duty.error.provider.notEligible");
			assertThat(reason(e)).isEqualTo(ExclusionReason.NOT_DUTY_LAWYER.messageKey());
			assertThat(messages.getMessage(e.messageKey(), e.args(), java.util.Locale.SIMPLIFIED_CHINESE))
				.contains("李娜").contains("不具备值班律师条件");
		});
		assertThatThrownBy(() -> schedule(detention, f.provider("陈刚"), day, 9, 12)).isInstanceOfSatisfying(RuleViolation.class,
				e -> assertThat(reason(e)).isEqualTo(ExclusionReason.NOT_ACTIVE.messageKey()));
		assertThatThrownBy(() -> schedule(detention, f.provider("杨帆"), day, 9, 12)).isInstanceOfSatisfying(RuleViolation.class, e -> {
			assertThat(e.field()).isEqualTo("providerId");
			assertThat(e.messageKey()).isEqualTo("duty.error.provider.notServing");
		});
		assertThat(f.as("director.chengguan", () -> rosters.eligibleAt(detention, day)))
			.extracting(c -> c.name()).contains("李明", "孙丽", "马晓梅").doesNotContain("李娜", "陈刚", "杨帆");
	}

	private static String reason(RuleViolation e) {
		return ((MessageSourceResolvable) e.args()[2]).getCodes()[0];
	}

	@Test
	void shiftTimesAreChecked() {
		LocalDate day = DutyFixtures.today().plusDays(42);
		ProviderId sun = f.provider("孙丽");
		assertThatThrownBy(() -> schedule(court, sun, day, 12, 9))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("duty.error.shift.end.beforeStart"));
		assertThatThrownBy(() -> f.as("director.chengguan", () -> rosters.schedule(new ShiftDraft(court, sun, at(day, 8, 0),
				at(day.plusDays(1), 9, 0))))).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("endsAt"));
		assertThatThrownBy(() -> schedule(court, sun, DutyFixtures.today().plusDays(400), 9, 12))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("startsAt"));
		assertThatThrownBy(() -> f.as("director.chengguan", () -> rosters.schedule(new ShiftDraft(court, sun, null, at(day, 9, 0)))))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("startsAt"));
	}

	@Test
	void aStationedStationTakesShiftsOnItsOpeningDaysOnly() {
		Station before = f.as("director.chengguan", () -> stations.get(court));
		LocalDate saturday = DutyFixtures.today().plusDays(43).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
		try {
			Station stationed = f.as("director.chengguan", () -> stations.configure(court, before.version(),
					new StationDraft(StationMode.STATIONED, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "工作日派驻")));
			assertThat(stationed.configured()).isTrue();
			assertThat(stationed.takesShiftsOn(DayOfWeek.SATURDAY)).isFalse();
			assertThatThrownBy(() -> schedule(court, f.provider("孙丽"), saturday, 9, 12)).isInstanceOfSatisfying(RuleViolation.class,
					e -> assertThat(e.messageKey()).isEqualTo("duty.error.shift.closedDay"));
			assertThatThrownBy(() -> f.as("director.chengguan", () -> stations.configure(court, stationed.version(),
					new StationDraft(StationMode.STATIONED, EnumSet.noneOf(DayOfWeek.class), null))))
				.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("openDays"));
			assertThatThrownBy(() -> f.as("director.chengguan", () -> stations.configure(court, stationed.version() - 1,
					new StationDraft(StationMode.SCHEDULED, EnumSet.noneOf(DayOfWeek.class), null))))
				.isInstanceOf(org.legalaid.shared.ConcurrentChange.class);
		}
		finally {
			Station now = f.as("director.chengguan", () -> stations.get(court));
			f.as("director.chengguan", () -> stations.configure(court, now.version(), new StationDraft(before.mode(), before.openDays(),
					before.note())));
		}
		ShiftId onCall = schedule(court, f.provider("孙丽"), saturday, 9, 12);
		assertThat(onCall).isNotNull();
	}

	@Test
	void onlyDirectorsKeepTheRosterAndOnlyInTheirSubtree() {
		LocalDate day = DutyFixtures.today().plusDays(44);
		ProviderId wang = f.provider("王建国");
		assertThatThrownBy(() -> f.as("clerk.chengguan", () -> rosters.schedule(new ShiftDraft(detention, wang, at(day, 9, 0),
				at(day, 12, 0))))).isInstanceOf(AccessRefused.class);
		assertThat(f.as("lawyer.chengguan", () -> rosters.week(court, day)).station().name()).isEqualTo(DutyFixtures.COURT);
		assertThatThrownBy(() -> f.as("lawyer.court", () -> rosters.week(court, day))).isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> f.as("clerk.qilihe", () -> rosters.week(detention, day))).isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> f.as("clerk.qilihe", () -> stations.get(detention))).isInstanceOf(RecordNotFound.class);
		assertThat(f.as("clerk.qilihe", () -> stations.list())).extracting(Station::unitId).doesNotContain(detention, court);
		assertThat(f.as("director.chengguan", () -> stations.list())).extracting(Station::name)
			.contains(DutyFixtures.DETENTION, DutyFixtures.COURT).doesNotContain("城关区妇联法律援助工作站");
		long womens = f.unit("城关区妇联法律援助工作站");
		assertThatThrownBy(() -> f.as("director.chengguan", () -> stations.get(womens))).isInstanceOf(RecordNotFound.class);
	}

	@Test
	void aLawyerSeesTheirOwnShiftsAndAShiftWithHelpCannotBeCancelled() {
		LocalDate past = DutyFixtures.today().minusDays(25);
		ProviderId ayi = f.provider("阿依古丽·买买提");
		ShiftId empty = schedule(detention, ayi, past, 9, 12);
		ShiftId busy = schedule(detention, ayi, past, 14, 17);
		f.as("clerk.chengguan", () -> help.record(new DraftBuilder(detention, at(past, 15, 0)).by(ayi).build()));
		Shift withHelp = f.as("director.chengguan", () -> rosters.get(busy));
		assertThat(withHelp.peopleHelped()).isEqualTo(1);
		assertThatThrownBy(() -> f.as("director.chengguan", () -> {
			rosters.cancel(busy, withHelp.version());
			return null;
		})).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("duty.error.shift.hasRecords"));
		f.as("director.chengguan", () -> {
			rosters.cancel(empty, rosters.get(empty).version());
			return null;
		});
		assertThatThrownBy(() -> f.as("director.chengguan", () -> rosters.get(empty))).isInstanceOf(RecordNotFound.class);

		List<Shift> mine = f.as("lawyer.chengguan", () -> rosters.myShifts());
		assertThat(mine).isNotEmpty().allMatch(s -> s.providerName().equals("李明"))
			.anyMatch(s -> s.stationName().equals(DutyFixtures.DETENTION));
		assertThat(f.as("clerk.chengguan", () -> rosters.myShifts())).isEmpty();
		assertThat(f.as("director.chengguan", () -> rosters.shifts(f.centre("620102"), past, past)))
			.extracting(Shift::id).contains(busy).doesNotContain(empty);
	}
}
