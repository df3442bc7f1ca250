package org.legalaid.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;

import org.legalaid.duty.Rosters;
import org.legalaid.duty.ShiftDraft;
import org.legalaid.duty.StationDraft;
import org.legalaid.duty.StationMode;
import org.legalaid.duty.Stations;
import org.legalaid.lawyers.CandidateQuery;
import org.legalaid.lawyers.LawyerPool;
import org.legalaid.lawyers.ProviderId;
import org.legalaid.network.ServiceUnit;
import org.springframework.stereotype.Component;

/**
 * The demo duty-lawyer stations of Chengguan: the detention centre's, stationed every day, with {@code lawyer.chengguan}
 * (李明) on duty today and tomorrow, and the court's, on call on working days, with 孙丽 on duty tomorrow.
 */
@Component
class DemoDuty {

	private static final LocalTime OPENS = LocalTime.of(8, 30);
	private static final LocalTime CLOSES = LocalTime.of(18, 0);

	private final Stations stations;
	private final Rosters rosters;
	private final LawyerPool pool;
	private final Clock clock;

	DemoDuty(Stations stations, Rosters rosters, LawyerPool pool, Clock clock) {
		this.stations = stations;
		this.rosters = rosters;
		this.pool = pool;
		this.clock = clock;
	}

	void load(ServiceUnit detentionCentre, ServiceUnit court) {
		stations.configure(detentionCentre.id(), 0, new StationDraft(StationMode.STATIONED, EnumSet.allOf(DayOfWeek.class),
				"看守所每日派驻值班律师"));
		stations.configure(court.id(), 0, new StationDraft(StationMode.SCHEDULED,
				EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "工作日电话预约值班"));
		LocalDate today = LocalDate.now(clock);
		ProviderId liMing = pool.byAccount("lawyer.chengguan").orElseThrow().id();
		shift(detentionCentre, liMing, today);
		shift(detentionCentre, liMing, today.plusDays(1));
		pool.candidates(CandidateQuery.forRegion(court.divisionCode(), today).withDutyLawyer()).stream()
			.filter(c -> c.name().equals("孙丽")).findFirst()
			.ifPresent(c -> shift(court, c.providerId(), today.plusDays(1)));
	}

	private void shift(ServiceUnit station, ProviderId provider, LocalDate day) {
		rosters.schedule(new ShiftDraft(station.id(), provider, at(day, OPENS), at(day, CLOSES)));
	}

	private OffsetDateTime at(LocalDate day, LocalTime time) {
		return day.atTime(time).atZone(clock.getZone()).toOffsetDateTime();
	}
}
