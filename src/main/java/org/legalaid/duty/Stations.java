package org.legalaid.duty;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.legalaid.network.HostInstitution;
import org.legalaid.network.ServiceNetwork;
import org.legalaid.network.ServiceUnit;
import org.legalaid.network.UnitKind;
import org.legalaid.shared.Actor;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.ConcurrentChange;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Duty-lawyer stations (legal-aid-rules.md §8.1): the active workstations at courts, procuratorates, detention centres
 * and public security organs in the actor's subtree, each with its staffing mode and opening days. A workstation
 * never configured is stationed, Monday to Friday.
 */
@Service
public class Stations {

	static final String RECORD = "duty_station";
	/** The institutions whose workstations are duty-lawyer stations (LAL art. 14; CPL art. 36; MPS-Rules art. 49). */
	public static final Set<HostInstitution> HOSTS = Set.copyOf(EnumSet.of(HostInstitution.COURT, HostInstitution.PROCURATORATE,
			HostInstitution.DETENTION_CENTRE, HostInstitution.PUBLIC_SECURITY));
	static final Set<DayOfWeek> WEEKDAYS = Set.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
	static final int MAX_NOTE = 500;

	private final ServiceNetwork network;
	private final StationRepository settings;
	private final DutyAccess access;
	private final AuditLog audit;
	private final Clock clock;

	Stations(ServiceNetwork network, StationRepository settings, DutyAccess access, AuditLog audit, Clock clock) {
		this.network = network;
		this.settings = settings;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** The stations in the actor's subtree, by code. */
	@Transactional(readOnly = true)
	public List<Station> list() {
		access.reader();
		return of(network.workstations(HOSTS));
	}

	/** One station in the actor's subtree; a unit out of scope or not a station is not found. */
	@Transactional(readOnly = true)
	public Station get(long unitId) {
		Actor actor = access.reader();
		return inScope(unitId, actor);
	}

	/** Saves a station's settings; {@code version} is that of the settings shown (ignored the first time). */
	@Transactional
	public Station configure(long unitId, int version, StationDraft draft) {
		Actor actor = access.manager();
		Station station = inScope(unitId, actor);
		if (draft == null || draft.mode() == null) {
			throw new RuleViolation("mode", "duty.error.mode.required");
		}
		if (draft.mode() == StationMode.STATIONED && draft.openDays().isEmpty()) {
			throw new RuleViolation("openDays", "duty.error.openDays.required");
		}
		String note = Texts.plain("note", draft.note(), MAX_NOTE);
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (!station.configured()) {
			settings.insert(unitId, station.unitPath(), draft, note, actor.username(), now);
			audit.record(AuditAction.CREATE, RECORD, unitId, draft.mode() + " " + StationRepository.days(draft.openDays()));
		}
		else {
			if (!settings.update(unitId, version, station.unitPath(), draft, note, actor.username(), now)) {
				throw new ConcurrentChange(RECORD, unitId);
			}
			audit.record(AuditAction.UPDATE, RECORD, unitId, draft.mode() + " " + StationRepository.days(draft.openDays()));
		}
		return inScope(unitId, actor);
	}

	/** The station if the unit lies in the actor's subtree and is a station. */
	Station inScope(long unitId, Actor actor) {
		return network.find(unitId, actor).filter(Stations::isStation).map(this::of)
			.orElseThrow(() -> new RecordNotFound(RECORD, unitId));
	}

	/** The station whatever the actor's scope: for a duty lawyer rostered there, after that was checked. */
	Optional<Station> anywhere(long unitId) {
		return network.find(unitId, Actor.SYSTEM).filter(Stations::isStation).map(this::of);
	}

	/** The path of any unit in the actor's subtree (a centre or a station), for figures and rosters under it. */
	String unitPath(long unitId, Actor actor) {
		return unit(unitId, actor).path();
	}

	ServiceUnit unit(long unitId, Actor actor) {
		return network.find(unitId, actor).orElseThrow(() -> new RecordNotFound("unit", unitId));
	}

	static boolean isStation(ServiceUnit unit) {
		return unit.kind() == UnitKind.WORKSTATION && unit.active() && unit.hostInstitution() != null
				&& HOSTS.contains(unit.hostInstitution());
	}

	private Station of(ServiceUnit unit) {
		return of(List.of(unit)).getFirst();
	}

	private List<Station> of(List<ServiceUnit> units) {
		Map<Long, StationRepository.Settings> stored = settings.settings(units.stream().map(ServiceUnit::id).toList());
		return units.stream().map(u -> {
			StationRepository.Settings s = stored.get(u.id());
			return new Station(u.id(), u.code(), u.name(), u.hostInstitution(), u.divisionCode(), u.divisionName(), u.path(),
					s == null ? StationMode.STATIONED : s.mode(), s == null ? WEEKDAYS : s.openDays(), s == null ? null : s.note(),
					s != null, s == null ? 0 : s.version());
		}).toList();
	}
}
