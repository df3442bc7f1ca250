package org.legalaid.lawyers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.legalaid.shared.Actor;
import org.legalaid.shared.Like;
import org.legalaid.shared.Page;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.ScopedJdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Organisations: read where visible, changed only within the owning unit's scope. */
@Repository
class OrganisationRepository {

	private static final String SELECT = """
			SELECT o.id, o.kind, o.name, o.credit_code, o.division_code, o.address, o.phone, o.unit_id, o.active, o.version
			FROM lawyers_organisation o""";

	private final ScopedJdbc scoped;
	private final JdbcClient jdbc;

	OrganisationRepository(ScopedJdbc scoped, JdbcClient jdbc) {
		this.scoped = scoped;
		this.jdbc = jdbc;
	}

	long insert(OrganisationKind kind, String name, String creditCode, String division, String address, String phone, long unitId,
			String unitPath, OffsetDateTime now) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO lawyers_organisation (kind, name, credit_code, division_code, address, phone, unit_id, unit_path, active,
				    created_at, updated_at)
				VALUES (:kind, :name, :code, :division, :address, :phone, :unit, :path, TRUE, :now, :now)""")
			.param("kind", kind.name()).param("name", name).param("code", creditCode).param("division", division)
			.param("address", address).param("phone", phone).param("unit", unitId).param("path", unitPath).param("now", now)
			.update(key, "id");
		return key.getKey().longValue();
	}

	boolean update(long id, int version, OrganisationKind kind, String name, String creditCode, String division, String address,
			String phone, boolean active, OffsetDateTime now) {
		return scoped.sql("""
				UPDATE lawyers_organisation o SET kind = :kind, name = :name, credit_code = :code, division_code = :division,
				    address = :address, phone = :phone, active = :active, updated_at = :now, version = version + 1
				WHERE o.id = :id AND o.version = :version AND SCOPE(o.unit_path)""")
			.param("kind", kind.name()).param("name", name).param("code", creditCode).param("division", division)
			.param("address", address).param("phone", phone).param("active", active).param("now", now).param("id", id)
			.param("version", version).update() == 1;
	}

	Optional<Organisation> readable(long id, Actor actor) {
		return scoped.sql(SELECT + " WHERE o.id = :id AND " + Visibility.organisation("o"), actor)
			.param("id", id).param("actor_path", actor.unitPath()).query(OrganisationRepository::map).optional();
	}

	Optional<Organisation> managed(long id, Actor actor) {
		return scoped.sql(SELECT + " WHERE o.id = :id AND SCOPE(o.unit_path)", actor).param("id", id)
			.query(OrganisationRepository::map).optional();
	}

	Optional<Organisation> byCreditCode(String code, Actor actor) {
		return scoped.sql(SELECT + " WHERE o.credit_code = :code AND " + Visibility.organisation("o"), actor)
			.param("code", code).param("actor_path", actor.unitPath()).query(OrganisationRepository::map).optional();
	}

	boolean creditCodeTaken(String code, Long exceptId) {
		return jdbc.sql("SELECT COUNT(*) FROM lawyers_organisation WHERE credit_code = :code AND id <> :id")
			.param("code", code).param("id", exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
	}

	Page<Organisation> search(String text, boolean activeOnly, PageRequest page, Actor actor) {
		String where = " WHERE " + Visibility.organisation("o") + " AND (o.name LIKE :text ESCAPE '\\' OR o.credit_code LIKE :code ESCAPE '\\')"
				+ (activeOnly ? " AND o.active = TRUE" : "");
		String like = Like.contains(text);
		String code = Like.startsWith(text.toUpperCase(java.util.Locale.ROOT));
		long total = scoped.sql("SELECT COUNT(*) FROM lawyers_organisation o" + where, actor).param("actor_path", actor.unitPath())
			.param("text", like).param("code", code).query(Long.class).single();
		List<Organisation> items = scoped.sql(SELECT + where + " ORDER BY o.name, o.id LIMIT :limit OFFSET :offset", actor)
			.param("actor_path", actor.unitPath()).param("text", like).param("code", code)
			.param("limit", page.size()).param("offset", page.offset()).query(OrganisationRepository::map).list();
		return Page.of(items, page, total);
	}

	static Organisation map(ResultSet rs, int row) throws SQLException {
		return new Organisation(new OrganisationId(rs.getLong("id")), OrganisationKind.valueOf(rs.getString("kind")), rs.getString("name"),
				rs.getString("credit_code"), rs.getString("division_code"), rs.getString("address"), rs.getString("phone"),
				rs.getLong("unit_id"), rs.getBoolean("active"), rs.getInt("version"));
	}
}
