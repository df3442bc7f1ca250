package org.legalaid.duty;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.legalaid.lawyers.Candidate;
import org.legalaid.lawyers.Provider;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.Actor;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.ConcurrentChange;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.Period;
import org.legalaid.shared.RuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duty roster (§8.3 "per shift"): shifts of aid providers at stations. A provider is rostered only when eligible as
 * duty lawyer for the station's region on the day, and never on two overlapping shifts; a stationed station takes
 * shifts on its opening days only. Directors keep the roster of their subtree; a duty lawyer sees their own shifts.
 */
@Service
public class Rosters {

	static final String RECORD = "duty_shift";
	static final Duration MAX_LENGTH = Duration.ofHours(24);
	/** How far back a shift may be entered (a roster kept on paper and typed in later). */
	static final int MAX_DAYS_BACK = 31;
	/** How far ahead a shift may be planned. */
	static final int MAX_DAYS_AHEAD = 366;

	private final ShiftRepository shifts;
	private final Stations stations;
	private final DutyEligibility eligibility;
	private final DutyAccess access;
	private final AuditLog audit;
	private final Clock clock;

	Rosters(ShiftRepository shifts, Stations stations, DutyEligibility eligibility, DutyAccess access, AuditLog audit, Clock clock) {
		this.shifts = shifts;
		this.stations = stations;
		this.eligibility = eligibility;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** Puts a provider on duty at a station; refused, naming the field and reason, when a rule is not met. */
	@Transactional
	public ShiftId schedule(ShiftDraft draft) {
		Actor actor = access.manager();
		if (draft == null || draft.stationUnitId() == null) {
			throw new RuleViolation("stationUnitId", "duty.error.station.required");
		}
		Station station = stations.inScope(draft.stationUnitId(), actor);
		if (draft.providerId() == null) {
			throw new RuleViolation("providerId", "duty.error.provider.required");
		}
		OffsetDateTime start = draft.startsAt();
		OffsetDateTime end = draft.endsAt();
		if (start == null) {
			throw new RuleViolation("startsAt", "duty.error.shift.start.required");
		}
		if (end == null) {
			throw new RuleViolation("endsAt", "duty.error.shift.end.required");
		}
		if (!end.isAfter(start)) {
			throw new RuleViolation("endsAt", "duty.error.shift.end.beforeStart");
		}
		if (Duration.between(start, end).compareTo(MAX_LENGTH) > 0) {
			throw new RuleViolation("endsAt", "duty.error.shift.tooLong", MAX_LENGTH.toHours());
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate day = start.atZoneSameInstant(clock.getZone()).toLocalDate();
		if (day.isBefore(today.minusDays(MAX_DAYS_BACK)) || day.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
			throw new RuleViolation("startsAt", "duty.error.shift.start.range", MAX_DAYS_BACK, MAX_DAYS_AHEAD);
		}
		if (!station.takesShiftsOn(day.getDayOfWeek())) {
			throw new RuleViolation("startsAt", "duty.error.shift.closedDay", station.name(),
					new DefaultMessageSourceResolvable("duty.day." + day.getDayOfWeek().name()));
		}
		Candidate candidate = eligibility.require(draft.providerId(), station, day, "providerId");
		shifts.lockProvider(draft.providerId());
		List<Shift> clash = shifts.overlapping(draft.providerId(), start, end);
		if (!clash.isEmpty()) {
			Shift other = clash.getFirst();
			String where = stations.anywhere(other.stationUnitId()).map(Station::name).orElse("");
			throw new RuleViolation("startsAt", "duty.error.shift.overlap", candidate.name(), where, local(other.startsAt()),
					local(other.endsAt()));
		}
		long id = shifts.insert(station.unitId(), station.unitPath(), draft.providerId(), candidate.name(), start, end,
				actor.username(), OffsetDateTime.now(clock));
		audit.record(AuditAction.CREATE, RECORD, id, "provider " + draft.providerId() + " at " + station.unitId() + " " + start + " – " + end);
		return new ShiftId(id);
	}

	/** Removes a shift from the roster; refused once legal help was recorded in it. */
	@Transactional
	public void cancel(ShiftId id, int version) {
		access.manager();
		Shift shift = shifts.find(id.value()).orElseThrow(() -> new RecordNotFound(RECORD, id.value()));
		if (shift.peopleHelped() > 0) {
			throw new RuleViolation(null, "duty.error.shift.hasRecords", shift.peopleHelped());
		}
		if (!shifts.delete(id.value(), version)) {
			throw new ConcurrentChange(RECORD, id.value());
		}
		audit.record(AuditAction.DELETE, RECORD, id.value(), "provider " + shift.providerId() + " at " + shift.stationUnitId());
	}

	/** One shift in the actor's subtree, or the signed-in duty lawyer's own. */
	@Transactional(readOnly = true)
	public Shift get(ShiftId id) {
		Actor actor = access.reader();
		Optional<Shift> found = DutyAccess.seesAll(actor) ? shifts.find(id.value()) : Optional.empty();
		if (found.isEmpty()) {
			found = access.ownProvider(actor).flatMap(p -> shifts.findOwn(id.value(), p.id()));
		}
		return named(found.orElseThrow(() -> new RecordNotFound(RECORD, id.value())));
	}

	/** A station's roster for the week holding the day (Monday to Sunday). */
	@Transactional(readOnly = true)
	public RosterWeek week(long stationUnitId, LocalDate anyDay) {
		Actor actor = access.reader();
		Station station = stations.inScope(stationUnitId, actor);
		LocalDate monday = (anyDay == null ? LocalDate.now(clock) : anyDay).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<Shift> all = shifts.atStation(stationUnitId, startOf(monday), startOf(monday.plusWeeks(1))).stream()
			.map(s -> s.atStation(station.name())).toList();
		List<RosterWeek.Day> days = new ArrayList<>(7);
		for (int i = 0; i < 7; i++) {
			LocalDate d = monday.plusDays(i);
			days.add(new RosterWeek.Day(d, station.takesShiftsOn(d.getDayOfWeek()),
					all.stream().filter(s -> s.startsAt().toLocalDate().equals(d)).toList()));
		}
		return new RosterWeek(station, monday, days);
	}

	/** The providers eligible as duty lawyer at the station on the day: whom the roster form offers. */
	@Transactional(readOnly = true)
	public List<Candidate> eligibleAt(long stationUnitId, LocalDate day) {
		Actor actor = access.reader();
		return eligibility.eligible(stations.inScope(stationUnitId, actor), day == null ? LocalDate.now(clock) : day);
	}

	/** Whether the signed-in member keeps rosters and station settings. */
	public boolean mayManage() {
		return access.current().map(DutyAccess::manages).orElse(false);
	}

	/** The signed-in duty lawyer's current and coming shifts, soonest first (none without a linked provider). */
	@Transactional(readOnly = true)
	public List<Shift> myShifts() {
		Actor actor = access.reader();
		Optional<Provider> own = access.ownProvider(actor);
		if (own.isEmpty()) {
			return List.of();
		}
		return named(shifts.ofProviderFrom(own.get().id(), OffsetDateTime.now(clock), 20));
	}

	/** The signed-in duty lawyer's shift running now, if any. */
	@Transactional(readOnly = true)
	public Optional<Shift> currentShift() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		return myShifts().stream().filter(s -> s.covers(now)).findFirst();
	}

	/**
	 * The shifts starting between the days (inclusive) at the stations under a unit in the actor's subtree, with the
	 * people helped in each: what duty-lawyer subsidies per shift or per person-time are computed from.
	 */
	@Transactional(readOnly = true)
	public List<Shift> shifts(long unitId, LocalDate from, LocalDate to) {
		Actor actor = access.reader();
		if (!DutyAccess.seesAll(actor)) {
			throw new AccessRefused("the roster of a unit needs a staff role");
		}
		Period.of(from, to);
		String path = stations.unitPath(unitId, actor);
		return named(shifts.under(path, startOf(from), startOf(to.plusDays(1))));
	}

	private List<Shift> named(List<Shift> list) {
		Map<Long, String> names = new HashMap<>();
		return list.stream().map(s -> s.atStation(names.computeIfAbsent(s.stationUnitId(),
				id -> stations.anywhere(id).map(Station::name).orElse("#" + id)))).toList();
	}

	private Shift named(Shift s) {
		return named(List.of(s)).getFirst();
	}

	private OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay(clock.getZone()).toOffsetDateTime();
	}

	private String local(OffsetDateTime at) {
		return at.atZoneSameInstant(clock.getZone()).toLocalDateTime().toString().replace('T', ' ');
	}
}
