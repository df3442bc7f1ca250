package org.legalaid.duty;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.legalaid.lawyers.ProviderId;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.legalaid.duty.DutyFixtures.at;

/** The figures per station and centre add up from the records of the period, in scope. Records on day −50 only. */
@SpringBootTest
class FiguresTests {

	@Autowired LegalHelp help;
	@Autowired LegalHelpFigures figures;
	@Autowired UserDetailsService users;
	@Autowired JdbcClient jdbc;

	@Test
	void figuresSumTheRecordsPerStationAndForTheCentre() {
		DutyFixtures f = new DutyFixtures(users, jdbc);
		long detention = f.unit(DutyFixtures.DETENTION);
		long court = f.unit(DutyFixtures.COURT);
		long chengguan = f.centre("620102");
		ProviderId wang = f.provider("王建国");
		LocalDate day = DutyFixtures.today().minusDays(50);
		OffsetDateTime at = at(day, 10, 0);

		record(f, new DraftBuilder(detention, at).by(wang).types(HelpType.CONSULTATION, HelpType.PLEA_EXPLANATION).plea(true, true));
		record(f, new DraftBuilder(detention, at.plusMinutes(30)).by(wang).plea(true, false)
			.application(at.minusHours(1), at.plusHours(1)));
		DraftBuilder lateForward = new DraftBuilder(detention, at.plusHours(1)).by(wang).application(at.minusHours(30), at.plusHours(2));
		lateForward.stage = HelpStage.PROSECUTION_REVIEW;
		record(f, lateForward);
		DraftBuilder pending = new DraftBuilder(court, at.plusHours(2)).by(wang).application(at, null)
			.meeting(at.minusHours(40), at.minusHours(10));
		pending.stage = HelpStage.TRIAL;
		record(f, pending);

		DutyFigures fig = f.as("director.chengguan", () -> figures.figures(chengguan, day, day));
		assertThat(fig.unitName()).isEqualTo("城关区法律援助中心");
		StationFigures d = station(fig, detention);
		assertThat(d.peopleHelped()).isEqualTo(3);
		assertThat(d.applicationsForwarded()).isEqualTo(2);
		assertThat(d.forwardedLate()).isEqualTo(1);
		assertThat(d.pleaLeniency()).isEqualTo(2);
		assertThat(d.presentAtSigning()).isEqualTo(1);
		assertThat(d.atStage(HelpStage.INVESTIGATION)).isEqualTo(2);
		assertThat(d.atStage(HelpStage.PROSECUTION_REVIEW)).isEqualTo(1);
		StationFigures c = station(fig, court);
		assertThat(c.peopleHelped()).isEqualTo(1);
		assertThat(c.applicationsForwarded()).isZero();
		assertThat(c.forwardOverdue()).isEqualTo(1);
		assertThat(c.meetingRequests()).isEqualTo(1);
		assertThat(c.notifiedLate()).isEqualTo(1);
		assertThat(c.atStage(HelpStage.TRIAL)).isEqualTo(1);

		StationFigures total = fig.total();
		assertThat(total.peopleHelped()).isEqualTo(4).isEqualTo(fig.stations().stream().mapToLong(StationFigures::peopleHelped).sum());
		assertThat(total.applicationsForwarded()).isEqualTo(2);
		assertThat(total.forwardedLate()).isEqualTo(1);
		assertThat(total.pleaLeniency()).isEqualTo(2);
		assertThat(total.presentAtSigning()).isEqualTo(1);
		assertThat(total.byStage().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(4);

		assertThat(f.as("director.chengguan", () -> figures.figures(detention, day, day)).total().peopleHelped()).isEqualTo(3);
		assertThat(f.as("director.chengguan", () -> figures.figures(chengguan, day.minusDays(2), day.minusDays(1))).total()
			.peopleHelped()).isZero();
		assertThat(f.as("bureau.gansu", () -> figures.figures(chengguan, day, day)).total().peopleHelped()).isEqualTo(4);
		assertThatThrownBy(() -> f.as("clerk.qilihe", () -> figures.figures(chengguan, day, day))).isInstanceOf(RecordNotFound.class);
		assertThat(f.as("clerk.qilihe", () -> figures.figures(null, day, day)).total().peopleHelped()).isZero();
		assertThatThrownBy(() -> f.as("director.chengguan", () -> figures.figures(chengguan, day, day.minusDays(1))))
			.isInstanceOf(RuleViolation.class);
	}

	private void record(DutyFixtures f, DraftBuilder d) {
		f.as("clerk.chengguan", () -> help.record(d.build()));
	}

	private static StationFigures station(DutyFigures fig, long unitId) {
		return fig.stations().stream().filter(s -> s.unitId() == unitId).findFirst().orElseThrow();
	}
}
