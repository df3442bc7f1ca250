package org.legalaid.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.legalaid.shared.Actor;
import org.legalaid.shared.Like;
import org.legalaid.shared.Page;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.ScopedJdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Unit storage. Every staff-facing read and write goes through {@link ScopedJdbc}. */
@Repository
class UnitRepository {

	private static final String SELECT = """
			SELECT u.id, u.code, u.name, u.kind, u.host_institution, u.division_code, d.name AS division_name,
			       d.level AS division_level, u.parent_id, u.unit_path, u.depth, u.address, u.phone, u.opening_hours,
			       u.active, u.version
			FROM network_unit u JOIN network_division d ON d.code = u.division_code
			""";

	private final ScopedJdbc scoped;
	private final JdbcClient jdbc;

	UnitRepository(ScopedJdbc scoped, JdbcClient jdbc) {
		this.scoped = scoped;
		this.jdbc = jdbc;
	}

	Optional<ServiceUnit> find(long id) {
		return scoped.sql(SELECT + " WHERE u.id = :id AND SCOPE(u.unit_path)").param("id", id).query(UnitRepository::map)
			.optional();
	}

	Optional<ServiceUnit> find(long id, Actor actor) {
		return scoped.sql(SELECT + " WHERE u.id = :id AND SCOPE(u.unit_path)", actor).param("id", id)
			.query(UnitRepository::map).optional();
	}

	List<UnitNode> children(long parentId, int offset, int limit) {
		return scoped.sql(SELECT.replace("SELECT u.id",
				"SELECT CASE WHEN EXISTS (SELECT 1 FROM network_unit c WHERE c.parent_id = u.id) THEN 1 ELSE 0 END AS child_count, u.id")
				+ " WHERE u.parent_id = :parent AND SCOPE(u.unit_path) ORDER BY u.kind, u.code LIMIT :limit OFFSET :offset")
			.param("parent", parentId).param("limit", limit).param("offset", offset)
			.query((rs, n) -> new UnitNode(map(rs, n), rs.getLong("child_count") > 0)).list();
	}

	Page<ServiceUnit> search(String text, boolean includeInactive, PageRequest page) {
		String where = """
				WHERE SCOPE(u.unit_path) AND (:all = TRUE OR u.active = TRUE)
				  AND (u.name LIKE :name ESCAPE '\\' OR u.code LIKE :code ESCAPE '\\' OR u.division_code LIKE :code ESCAPE '\\')""";
		String name = Like.contains(text);
		String code = Like.startsWith(text);
		long total = scoped.sql("SELECT COUNT(*) FROM network_unit u " + where).param("all", includeInactive)
			.param("name", name).param("code", code).query(Long.class).single();
		List<ServiceUnit> items = scoped.sql(SELECT + where + " ORDER BY u.depth, u.code LIMIT :limit OFFSET :offset")
			.param("all", includeInactive).param("name", name).param("code", code)
			.param("limit", page.size()).param("offset", page.offset()).query(UnitRepository::map).list();
		return Page.of(items, page, total);
	}

	List<ServiceUnit> ancestorsOf(ServiceUnit unit) {
		List<Long> ids = java.util.Arrays.stream(unit.path().split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf)
			.filter(id -> id != unit.id()).toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		return scoped.sql(SELECT + " WHERE u.id IN (:ids) AND SCOPE(u.unit_path) ORDER BY u.depth").param("ids", ids)
			.query(UnitRepository::map).list();
	}

	long nextId() {
		return jdbc.sql("SELECT nextval('network_unit_seq')").query(Long.class).single();
	}

	int countCodesLike(String prefix) {
		return jdbc.sql("SELECT COUNT(*) FROM network_unit WHERE code LIKE :p").param("p", prefix + "%").query(Integer.class)
			.single();
	}

	void insert(long id, String code, UnitDraft d, String path, int depth, OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO network_unit (id, code, name, kind, host_institution, division_code, parent_id, unit_path, depth,
				                          address, phone, opening_hours, active, version, created_at, updated_at)
				VALUES (:id, :code, :name, :kind, :host, :division, :parent, :path, :depth, :address, :phone, :hours, TRUE, 0, :now, :now)""")
			.param("id", id).param("code", code).param("name", d.name().strip()).param("kind", d.kind().name())
			.param("host", d.kind() == UnitKind.WORKSTATION ? d.hostInstitution().name() : null)
			.param("division", d.divisionCode().strip()).param("parent", d.parentId()).param("path", path)
			.param("depth", depth).param("address", PlainText.blankToNull(d.address())).param("phone", PlainText.blankToNull(d.phone()))
			.param("hours", PlainText.blankToNull(d.openingHours())).param("now", now).update();
	}

	/** Updates the descriptive fields if the version still matches; returns the number of rows changed. */
	int update(long id, int version, UnitDraft d, OffsetDateTime now) {
		return scoped.sql("""
				UPDATE network_unit u SET name = :name, host_institution = :host, division_code = :division, address = :address,
				       phone = :phone, opening_hours = :hours, version = version + 1, updated_at = :now
				WHERE u.id = :id AND u.version = :version AND SCOPE(u.unit_path)""")
			.param("id", id).param("version", version).param("name", d.name().strip())
			.param("host", d.kind() == UnitKind.WORKSTATION ? d.hostInstitution().name() : null)
			.param("division", d.divisionCode().strip()).param("address", PlainText.blankToNull(d.address()))
			.param("phone", PlainText.blankToNull(d.phone())).param("hours", PlainText.blankToNull(d.openingHours())).param("now", now)
			.update();
	}

	int setActive(long id, int version, boolean active, OffsetDateTime now) {
		return scoped.sql("""
				UPDATE network_unit u SET active = :active, version = version + 1, updated_at = :now
				WHERE u.id = :id AND u.version = :version AND SCOPE(u.unit_path)""")
			.param("id", id).param("version", version).param("active", active).param("now", now).update();
	}

	long activeChildren(long id) {
		return scoped.sql("SELECT COUNT(*) FROM network_unit u WHERE u.parent_id = :id AND u.active = TRUE AND SCOPE(u.unit_path)")
			.param("id", id).query(Long.class).single();
	}

	/** Active workstations in the actor's scope hosted by one of the given institutions, by code. */
	List<ServiceUnit> workstations(java.util.Collection<HostInstitution> hosts) {
		if (hosts.isEmpty()) {
			return List.of();
		}
		return scoped.sql(SELECT + """
				 WHERE u.kind = 'WORKSTATION' AND u.active = TRUE AND u.host_institution IN (:hosts) AND SCOPE(u.unit_path)
				ORDER BY u.code""")
			.param("hosts", hosts.stream().map(Enum::name).toList()).query(UnitRepository::map).list();
	}

	/** Public listing for the "find legal aid near me" page: active units located in a division subtree. */
	List<ServiceUnit> activeInDivision(String divisionPrefix, int limit) {
		return jdbc.sql(SELECT + " WHERE u.active = TRUE AND u.division_code LIKE :prefix ORDER BY d.level DESC, u.kind, u.code LIMIT :limit")
			.param("prefix", divisionPrefix + "%").param("limit", limit).query(UnitRepository::map).list();
	}

	/** Public listing: the active centres located in a division subtree, in division order. */
	List<ServiceUnit> activeCentresIn(String divisionPrefix) {
		return jdbc.sql(SELECT + " WHERE u.active = TRUE AND u.kind = 'CENTRE' AND u.division_code LIKE :prefix ORDER BY u.division_code, u.code")
			.param("prefix", divisionPrefix + "%").query(UnitRepository::map).list();
	}

	/** Public listing: active units located exactly at a division. */
	List<ServiceUnit> activeAt(String divisionCode) {
		return jdbc.sql(SELECT + " WHERE u.active = TRUE AND u.division_code = :code ORDER BY u.kind, u.code")
			.param("code", divisionCode).query(UnitRepository::map).list();
	}


	static ServiceUnit map(ResultSet rs, int row) throws SQLException {
		String host = rs.getString("host_institution");
		Long parent = rs.getObject("parent_id") == null ? null : rs.getLong("parent_id");
		return new ServiceUnit(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				UnitKind.valueOf(rs.getString("kind")), host == null ? null : HostInstitution.valueOf(host),
				rs.getString("division_code"), rs.getString("division_name"), DivisionLevel.of(rs.getInt("division_level")),
				parent, rs.getString("unit_path"), rs.getInt("depth"), rs.getString("address"),
				rs.getString("phone"), rs.getString("opening_hours"), rs.getBoolean("active"), rs.getInt("version"));
	}
}
