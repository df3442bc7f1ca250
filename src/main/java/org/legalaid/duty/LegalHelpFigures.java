package org.legalaid.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.legalaid.network.ServiceUnit;
import org.legalaid.shared.Actor;
import org.legalaid.shared.Period;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Duty-lawyer figures per station and for a centre's subtree (legal-aid-rules.md §8.3 statistics, §10.2), derived from
 * the legal-help records in the actor's data scope.
 */
@Service
public class LegalHelpFigures {

	/** The longest period one request may cover. */
	static final int MAX_DAYS = 3 * 366;

	private final HelpRecordRepository records;
	private final Stations stations;
	private final DutyAccess access;
	private final Clock clock;

	LegalHelpFigures(HelpRecordRepository records, Stations stations, DutyAccess access, Clock clock) {
		this.records = records;
		this.stations = stations;
		this.access = access;
		this.clock = clock;
	}

	/** The figures of the unit's subtree (the unit must lie in the actor's scope; null: the actor's own unit). */
	@Transactional(readOnly = true)
	public DutyFigures figures(Long unitId, LocalDate from, LocalDate to) {
		Actor actor = access.reader();
		Period.of(from, to).atMost(MAX_DAYS);
		ServiceUnit unit = stations.unit(unitId == null ? actor.unitId() : unitId, actor);
		Map<Long, StationFigures> rows = new LinkedHashMap<>();
		for (Station s : stations.list()) {
			if (s.unitPath().startsWith(unit.path())) {
				rows.put(s.unitId(), StationFigures.zero(s.unitId(), s.name()));
			}
		}
		OffsetDateTime start = from.atStartOfDay(clock.getZone()).toOffsetDateTime();
		OffsetDateTime end = to.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
		for (HelpRecordRepository.Tally t : records.tally(unit.path(), start, end, OffsetDateTime.now(clock))) {
			StationFigures base = rows.computeIfAbsent(t.stationUnitId(),
					id -> StationFigures.zero(id, stations.anywhere(id).map(Station::name).orElse("#" + id)));
			rows.put(t.stationUnitId(), base.plus(of(t)));
		}
		StationFigures total = StationFigures.zero(unit.id(), unit.name());
		for (StationFigures f : rows.values()) {
			total = total.plus(f);
		}
		return new DutyFigures(unit.id(), unit.name(), from, to, total, new ArrayList<>(rows.values()));
	}

	private static StationFigures of(HelpRecordRepository.Tally t) {
		Map<HelpStage, Long> stages = new EnumMap<>(HelpStage.class);
		stages.put(HelpStage.INVESTIGATION, t.investigation());
		stages.put(HelpStage.PROSECUTION_REVIEW, t.prosecutionReview());
		stages.put(HelpStage.TRIAL, t.trial());
		stages.put(HelpStage.DEATH_PENALTY_REVIEW, t.deathPenaltyReview());
		return new StationFigures(t.stationUnitId(), "", t.helped(), t.forwarded(), t.forwardedLate(), t.forwardOverdue(), t.plea(),
				t.signing(), t.meetingRequests(), t.notifiedLate(), stages);
	}
}
