package org.legalaid.network;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.Actor;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.ConcurrentChange;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.Page;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.Role;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.RuleViolation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.legalaid.shared.ScopedJdbc;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service network's API: the unit tree as the current actor may see it, and its changes. A unit outside
 * the actor's subtree is reported as not found.
 */
@Service
public class ServiceNetwork {

	static final String RECORD = "unit";
	private static final int CHILD_PAGE = 100;

	private final UnitRepository units;
	private final Divisions divisions;
	private final CurrentActor actors;
	private final AuditLog audit;
	private final JdbcClient jdbc;
	private final ScopedJdbc scoped;
	private final Clock clock;

	ServiceNetwork(UnitRepository units, Divisions divisions, CurrentActor actors, AuditLog audit, JdbcClient jdbc,
			ScopedJdbc scoped, Clock clock) {
		this.scoped = scoped;
		this.units = units;
		this.divisions = divisions;
		this.actors = actors;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ServiceUnit get(long id) {
		return units.find(id).orElseThrow(() -> new RecordNotFound(RECORD, id));
	}

	/** The unit if it lies in the given actor's subtree. */
	@Transactional(readOnly = true)
	public Optional<ServiceUnit> find(long id, Actor actor) {
		return units.find(id, actor);
	}

	/** The top of the tree the current actor sees: their own unit. */
	@Transactional(readOnly = true)
	public UnitNode root() {
		Actor actor = actors.require();
		if (actor.unitId() == 0) {
			throw new RecordNotFound(RECORD, 0);
		}
		ServiceUnit own = get(actor.unitId());
		return new UnitNode(own, !units.children(own.id(), 0, 1).isEmpty());
	}

	/** One page of a unit's children (100 at a time), in scope. */
	@Transactional(readOnly = true)
	public List<UnitNode> children(long parentId, int offset) {
		get(parentId);
		return units.children(parentId, Math.max(0, offset), CHILD_PAGE);
	}

	public int childPageSize() {
		return CHILD_PAGE;
	}

	/** The unit's ancestors within the actor's scope, root first (for breadcrumbs). */
	@Transactional(readOnly = true)
	public List<ServiceUnit> ancestors(ServiceUnit unit) {
		return units.ancestorsOf(unit);
	}

	@Transactional(readOnly = true)
	public Page<ServiceUnit> search(String text, boolean includeInactive, PageRequest page) {
		return units.search(text == null ? "" : text.strip(), includeInactive, page);
	}

	/** The active workstations in the actor's scope hosted by one of the given institutions (e.g. courts), by code. */
	@Transactional(readOnly = true)
	public List<ServiceUnit> workstations(java.util.Set<HostInstitution> hosts) {
		return units.workstations(hosts);
	}

	@Transactional
	public ServiceUnit create(UnitDraft draft) {
		Actor actor = requireManager();
		ServiceUnit parent = draft.parentId() == null ? null : get(draft.parentId());
		Division division = divisions.find(draft.divisionCode()).orElse(null);
		UnitRules.check(draft, parent, division, "/".equals(actor.unitPath()));
		long id = units.nextId();
		String path = (parent == null ? "/" : parent.path()) + id + "/";
		String codePrefix = division.code() + "-" + draft.kind().codeLetter();
		for (int attempt = 0;; attempt++) {
			String code = codePrefix + String.format("%02d", units.countCodesLike(codePrefix) + 1 + attempt);
			try {
				units.insert(id, code, draft, path, parent == null ? 1 : parent.depth() + 1, now());
				break;
			}
			catch (DuplicateKeyException e) {
				if (attempt > 20) {
					throw e;
				}
			}
		}
		audit.record(AuditAction.CREATE, RECORD, id, draft.kind() + " " + draft.name().strip());
		return units.find(id, actor).orElseThrow();
	}

	@Transactional
	public ServiceUnit update(long id, int version, UnitDraft draft) {
		requireManager();
		ServiceUnit current = get(id);
		if (draft.parentId() != null && !draft.parentId().equals(current.parentId())) {
			throw new RuleViolation("parentId", "unit.error.parent.fixed");
		}
		if (draft.kind() != current.kind()) {
			throw new RuleViolation("kind", "unit.error.kind.fixed");
		}
		ServiceUnit parent = current.parentId() == null ? null : units.find(current.parentId(), Actor.SYSTEM).orElse(null);
		Division division = divisions.find(draft.divisionCode()).orElse(null);
		UnitRules.check(draft, parent, division, current.parentId() == null);
		if (division.code().length() < 12 && !division.code().equals(current.divisionCode()) && hasChildren(id)) {
			ensureChildrenStayInside(id, division);
		}
		if (units.update(id, version, draft, now()) == 0) {
			throw new ConcurrentChange(RECORD, id);
		}
		audit.record(AuditAction.UPDATE, RECORD, id, draft.name().strip());
		return get(id);
	}

	@Transactional
	public ServiceUnit deactivate(long id, int version) {
		requireManager();
		get(id);
		if (units.activeChildren(id) > 0) {
			throw new RuleViolation(null, "unit.error.deactivate.children");
		}
		if (units.setActive(id, version, false, now()) == 0) {
			throw new ConcurrentChange(RECORD, id);
		}
		audit.record(AuditAction.DEACTIVATE, RECORD, id);
		return get(id);
	}

	@Transactional
	public ServiceUnit reactivate(long id, int version) {
		requireManager();
		ServiceUnit unit = get(id);
		if (unit.parentId() != null && !units.find(unit.parentId(), Actor.SYSTEM).map(ServiceUnit::active).orElse(false)) {
			throw new RuleViolation(null, "unit.error.parent.inactive");
		}
		if (units.setActive(id, version, true, now()) == 0) {
			throw new ConcurrentChange(RECORD, id);
		}
		audit.record(AuditAction.REACTIVATE, RECORD, id);
		return get(id);
	}

	/** Coverage figures for the unit's subtree (units per level; villages with a liaison point or adviser). */
	@Transactional(readOnly = true)
	public Coverage coverage(long id) {
		ServiceUnit unit = get(id);
		Map<String, Long> byLevel = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT u.kind, d.level, COUNT(*) AS n FROM network_unit u JOIN network_division d ON d.code = u.division_code
				WHERE u.unit_path LIKE :path AND u.active = TRUE GROUP BY u.kind, d.level ORDER BY u.kind, d.level""")
			.param("path", unit.path() + "%")
			.query((rs, n) -> byLevel.merge(levelKey(UnitKind.valueOf(rs.getString("kind")), rs.getInt("level")), rs.getLong("n"), Long::sum))
			.list();
		String prefix = unit.divisionLevel().prefixOf(unit.divisionCode()) + "%";
		String villageFilter = "v.level = 5 AND v.code LIKE :prefix";
		String point = "EXISTS (SELECT 1 FROM network_unit u WHERE u.division_code = v.code AND u.kind = 'LIAISON_POINT' AND u.active = TRUE AND u.unit_path LIKE :path)";
		String adviser = "EXISTS (SELECT 1 FROM network_person p WHERE p.division_code = v.code AND p.active = TRUE AND p.unit_path LIKE :path)";
		long villages = divisions.countAtLevel(DivisionLevel.VILLAGE, unit.divisionLevel().prefixOf(unit.divisionCode()));
		long withPoint = count("SELECT COUNT(*) FROM network_division v WHERE " + villageFilter + " AND " + point, prefix, unit.path());
		long withAdviser = count("SELECT COUNT(*) FROM network_division v WHERE " + villageFilter + " AND " + adviser, prefix, unit.path());
		long covered = count("SELECT COUNT(*) FROM network_division v WHERE " + villageFilter + " AND (" + point + " OR " + adviser + ")",
				prefix, unit.path());
		return new Coverage(id, byLevel, villages, withPoint, withAdviser, covered);
	}

	/** Message key of a coverage row: centres by their level, other kinds as they are. */
	static String levelKey(UnitKind kind, int divisionLevel) {
		return kind == UnitKind.CENTRE ? "coverage.centre." + DivisionLevel.of(divisionLevel).name() : "coverage." + kind.name();
	}

	/**
	 * Public "find legal aid near me": the active units at the division itself and below it, then the
	 * centres of its ancestor divisions (the competent county, prefecture and province centres), nearest first.
	 */
	@Transactional(readOnly = true)
	public List<ServiceUnit> nearby(String divisionCode, int limit) {
		Division division = divisions.find(divisionCode)
			.orElseThrow(() -> new RuleViolation("division", "unit.error.division.unknown", String.valueOf(divisionCode)));
		List<ServiceUnit> found = new ArrayList<>(units.activeInDivision(division.descendantPrefix(), limit));
		List<Division> lineage = divisions.lineage(division.code());
		for (int i = lineage.size() - 2; i >= 0 && found.size() < limit; i--) {
			units.activeAt(lineage.get(i).code()).stream().filter(u -> found.stream().noneMatch(f -> f.id() == u.id()))
				.forEach(found::add);
		}
		return found.size() > limit ? found.subList(0, limit) : found;
	}

	/**
	 * The active centres of the province a division belongs to, in division order: where a consultation or complaint
	 * may be referred. Centres are public (they are listed on the finder page), so no scope applies.
	 */
	@Transactional(readOnly = true)
	public List<ServiceUnit> centresOfProvince(String divisionCode) {
		if (divisionCode == null || divisionCode.length() < 2) {
			return List.of();
		}
		return units.activeCentresIn(divisionCode.substring(0, 2));
	}

	/** The people attached to a unit (liaison officers, legal advisers), in scope. */
	@Transactional(readOnly = true)
	public List<NetworkPerson> people(long unitId) {
		ServiceUnit unit = get(unitId);
		return scoped.sql("""
				SELECT p.id, p.unit_id, p.role, p.name, p.division_code, d.name AS division_name, p.active
				FROM network_person p JOIN network_division d ON d.code = p.division_code
				WHERE p.unit_id = :id AND SCOPE(p.unit_path) ORDER BY p.role, p.name""")
			.param("id", unit.id())
			.query((rs, n) -> new NetworkPerson(rs.getLong("id"), rs.getLong("unit_id"), PersonRole.valueOf(rs.getString("role")),
					rs.getString("name"), rs.getString("division_code"), rs.getString("division_name"), rs.getBoolean("active")))
			.list();
	}

	@Transactional
	public long attachPerson(long unitId, PersonRole role, String name, String divisionCode) {
		requireManager();
		ServiceUnit unit = get(unitId);
		if (role == null) {
			throw new RuleViolation("role", "person.error.role.required");
		}
		String clean = name == null ? "" : name.strip();
		if (clean.isEmpty() || clean.length() > 60 || clean.chars().anyMatch(c -> c == '<' || c == '>')) {
			throw new RuleViolation("name", "person.error.name.invalid");
		}
		Division division = divisions.find(divisionCode)
			.orElseThrow(() -> new RuleViolation("divisionCode", "unit.error.division.unknown", String.valueOf(divisionCode)));
		if (!division.code().startsWith(unit.divisionLevel().prefixOf(unit.divisionCode()))) {
			throw new RuleViolation("divisionCode", "unit.error.division.outside", unit.divisionName());
		}
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO network_person (unit_id, unit_path, role, name, division_code, active, created_at)
				VALUES (:unit, :path, :role, :name, :division, TRUE, :now)""")
			.param("unit", unit.id()).param("path", unit.path()).param("role", role.name()).param("name", clean)
			.param("division", division.code()).param("now", now())
			.update(keys, "id");
		long id = keys.getKey().longValue();
		audit.record(AuditAction.CREATE, "network_person", id, role + " at unit " + unit.id());
		return id;
	}

	private long count(String sql, String divisionPattern, String path) {
		return jdbc.sql(sql).param("prefix", divisionPattern).param("path", path + "%").query(Long.class).single();
	}

	private boolean hasChildren(long id) {
		return !units.children(id, 0, 1).isEmpty();
	}

	private void ensureChildrenStayInside(long id, Division division) {
		long outside = jdbc.sql("SELECT COUNT(*) FROM network_unit WHERE parent_id = :id AND division_code NOT LIKE :prefix")
			.param("id", id).param("prefix", division.descendantPrefix() + "%").query(Long.class).single();
		if (outside > 0) {
			throw new RuleViolation("divisionCode", "unit.error.division.children");
		}
	}

	private Actor requireManager() {
		Actor actor = actors.require();
		if (!actor.has(Role.BUREAU_ADMIN) && !actor.has(Role.SYSTEM_ADMIN)) {
			throw new AccessRefused("managing the service network needs the bureau or system administrator role");
		}
		return actor;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}
}
