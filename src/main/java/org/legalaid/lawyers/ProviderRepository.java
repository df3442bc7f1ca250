package org.legalaid.lawyers;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.legalaid.shared.Actor;
import org.legalaid.shared.Like;
import org.legalaid.shared.Page;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.ScopedJdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Providers and their specialties, regions, languages, disciplinary records and history. */
@Repository
class ProviderRepository {

	static final String COLUMNS = """
			p.id, p.kind, p.name, p.id_number_enc, p.id_number_key, p.id_number_masked, p.phone_enc, p.phone_masked,
			p.licence_number, p.first_practice_date, p.criminal_defence_since, p.organisation_id, o.name AS organisation_name,
			p.unit_id, p.unit_path, p.region_code, p.status, p.valid_until, p.duty_lawyer, p.max_open_cases, p.open_cases,
			p.last_assigned_at, p.account_username, p.version""";
	private static final String SELECT = "SELECT " + COLUMNS
			+ " FROM lawyers_provider p JOIN lawyers_organisation o ON o.id = p.organisation_id";

	/** A stored provider row (the sets and records are read separately). */
	record Row(long id, ProviderKind kind, String name, String idNumberEnc, String idNumberKey, String idNumberMasked,
			String phoneEnc, String phoneMasked, String licenceNumber, LocalDate firstPracticeDate, LocalDate criminalDefenceSince,
			long organisationId, String organisationName, long unitId, String unitPath, String regionCode, ProviderStatus status,
			LocalDate validUntil, boolean dutyLawyer, Integer ownMaxOpenCases, int openCases, OffsetDateTime lastAssignedAt,
			String accountUsername, int version) {
	}

	/** The values a registration or an edit stores (personal data already encrypted). */
	record Values(ProviderKind kind, String name, String idNumberEnc, String idNumberKey, String idNumberMasked, String phoneEnc,
			String phoneMasked, String licenceNumber, LocalDate firstPracticeDate, LocalDate criminalDefenceSince,
			long organisationId, boolean dutyLawyer, Integer maxOpenCases, String accountUsername) {
	}

	private final ScopedJdbc scoped;
	private final JdbcClient jdbc;

	ProviderRepository(ScopedJdbc scoped, JdbcClient jdbc) {
		this.scoped = scoped;
		this.jdbc = jdbc;
	}

	long insert(Values v, long unitId, String unitPath, String regionCode, OffsetDateTime now) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO lawyers_provider (kind, name, id_number_enc, id_number_key, id_number_masked, phone_enc, phone_masked,
				    licence_number, first_practice_date, criminal_defence_since, organisation_id, unit_id, unit_path, region_code,
				    status, duty_lawyer, max_open_cases, account_username, created_at, updated_at)
				VALUES (:kind, :name, :idEnc, :idKey, :idMasked, :phoneEnc, :phoneMasked, :licence, :first, :criminal, :org, :unit,
				    :path, :region, 'APPLIED', :duty, :cap, :account, :now, :now)""")
			.param("kind", v.kind().name()).param("name", v.name()).param("idEnc", v.idNumberEnc()).param("idKey", v.idNumberKey())
			.param("idMasked", v.idNumberMasked()).param("phoneEnc", v.phoneEnc()).param("phoneMasked", v.phoneMasked())
			.param("licence", v.licenceNumber()).param("first", date(v.firstPracticeDate()), Types.DATE)
			.param("criminal", date(v.criminalDefenceSince()), Types.DATE).param("org", v.organisationId())
			.param("unit", unitId).param("path", unitPath).param("region", regionCode).param("duty", v.dutyLawyer())
			.param("cap", v.maxOpenCases(), Types.INTEGER).param("account", v.accountUsername()).param("now", now)
			.update(key, "id");
		return key.getKey().longValue();
	}

	boolean update(long id, int version, Values v, OffsetDateTime now, Actor actor) {
		return scoped.sql("""
				UPDATE lawyers_provider p SET kind = :kind, name = :name, id_number_enc = :idEnc, id_number_key = :idKey,
				    id_number_masked = :idMasked, phone_enc = :phoneEnc, phone_masked = :phoneMasked, licence_number = :licence,
				    first_practice_date = :first, criminal_defence_since = :criminal, organisation_id = :org, duty_lawyer = :duty,
				    max_open_cases = :cap, account_username = :account, updated_at = :now, version = version + 1
				WHERE p.id = :id AND p.version = :version AND SCOPE(p.unit_path)""", actor)
			.param("kind", v.kind().name()).param("name", v.name()).param("idEnc", v.idNumberEnc()).param("idKey", v.idNumberKey())
			.param("idMasked", v.idNumberMasked()).param("phoneEnc", v.phoneEnc()).param("phoneMasked", v.phoneMasked())
			.param("licence", v.licenceNumber()).param("first", date(v.firstPracticeDate()), Types.DATE)
			.param("criminal", date(v.criminalDefenceSince()), Types.DATE).param("org", v.organisationId())
			.param("duty", v.dutyLawyer()).param("cap", v.maxOpenCases(), Types.INTEGER).param("account", v.accountUsername())
			.param("now", now).param("id", id).param("version", version).update() == 1;
	}

	void replaceSets(long id, Collection<String> specialties, Collection<String> regions, Collection<String> languages) {
		replace("lawyers_provider_specialty", "code", id, specialties);
		replace("lawyers_provider_region", "prefix", id, regions);
		replace("lawyers_provider_language", "code", id, languages);
	}

	private void replace(String table, String column, long id, Collection<String> values) {
		jdbc.sql("DELETE FROM " + table + " WHERE provider_id = :id").param("id", id).update();
		for (String value : values) {
			jdbc.sql("INSERT INTO " + table + " (provider_id, " + column + ") VALUES (:id, :v)").param("id", id).param("v", value).update();
		}
	}

	Optional<Row> readable(long id, Actor actor, List<String> actorRegions) {
		return scoped.sql(SELECT + " WHERE p.id = :id AND " + Visibility.provider("p"), actor).param("id", id)
			.param("actor_path", actor.unitPath()).param("actor_regions", actorRegions).query(ProviderRepository::map).optional();
	}

	Optional<Row> managed(long id, Actor actor) {
		return scoped.sql(SELECT + " WHERE p.id = :id AND SCOPE(p.unit_path)", actor).param("id", id)
			.query(ProviderRepository::map).optional();
	}

	/** Unscoped lookups: for uniqueness checks, import matching and the API of other modules. */
	Optional<Row> byId(long id) {
		return jdbc.sql(SELECT + " WHERE p.id = :id").param("id", id).query(ProviderRepository::map).optional();
	}

	Optional<Row> byLicence(String licence) {
		return jdbc.sql(SELECT + " WHERE p.licence_number = :l").param("l", licence).query(ProviderRepository::map).optional();
	}

	Optional<Row> byIdNumberKey(String key) {
		return jdbc.sql(SELECT + " WHERE p.id_number_key = :k").param("k", key).query(ProviderRepository::map).optional();
	}

	Optional<Row> byAccount(String username) {
		return jdbc.sql(SELECT + " WHERE p.account_username = :u").param("u", username).query(ProviderRepository::map).optional();
	}

	Set<String> specialties(long id) {
		return codes("SELECT code FROM lawyers_provider_specialty WHERE provider_id = :id ORDER BY code", id);
	}

	Set<String> regions(long id) {
		return codes("SELECT prefix FROM lawyers_provider_region WHERE provider_id = :id ORDER BY prefix", id);
	}

	Set<String> languages(long id) {
		return codes("SELECT code FROM lawyers_provider_language WHERE provider_id = :id ORDER BY code", id);
	}

	private Set<String> codes(String sql, long id) {
		return new LinkedHashSet<>(jdbc.sql(sql).param("id", id).query(String.class).list());
	}

	List<DisciplinaryRecord> discipline(long id) {
		return jdbc.sql("""
				SELECT id, decided_on, authority, sanction, until_on FROM lawyers_discipline WHERE provider_id = :id
				ORDER BY decided_on DESC, id DESC""")
			.param("id", id).query(ProviderRepository::discipline).list();
	}

	long insertDiscipline(long providerId, DisciplineDraft d, String by, OffsetDateTime now) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO lawyers_discipline (provider_id, decided_on, authority, sanction, until_on, recorded_by, recorded_at)
				VALUES (:p, :decided, :authority, :sanction, :until, :by, :now)""")
			.param("p", providerId).param("decided", date(d.decidedOn()), Types.DATE).param("authority", d.authority())
			.param("sanction", d.sanction()).param("until", date(d.untilOn()), Types.DATE).param("by", by).param("now", now)
			.update(key, "id");
		return key.getKey().longValue();
	}

	boolean transition(long id, int version, ProviderStatus from, ProviderStatus to, LocalDate validUntil, OffsetDateTime now,
			Actor actor) {
		return scoped.sql("""
				UPDATE lawyers_provider p SET status = :to, valid_until = :until, updated_at = :now, version = version + 1
				WHERE p.id = :id AND p.version = :version AND p.status = :from AND SCOPE(p.unit_path)""", actor)
			.param("to", to.name()).param("until", date(validUntil), Types.DATE).param("now", now).param("id", id)
			.param("version", version).param("from", from.name()).update() == 1;
	}

	void insertEvent(long providerId, OffsetDateTime at, String by, String action, ProviderStatus from, ProviderStatus to,
			LocalDate validUntil, String note) {
		jdbc.sql("""
				INSERT INTO lawyers_provider_event (provider_id, occurred_at, by_username, action, from_status, to_status, valid_until, note)
				VALUES (:p, :at, :by, :action, :from, :to, :until, :note)""")
			.param("p", providerId).param("at", at).param("by", by).param("action", action)
			.param("from", from == null ? null : from.name()).param("to", to.name()).param("until", date(validUntil), Types.DATE)
			.param("note", note).update();
	}

	List<ProviderEvent> events(long id) {
		return jdbc.sql("""
				SELECT occurred_at, by_username, action, from_status, to_status, valid_until, note FROM lawyers_provider_event
				WHERE provider_id = :id ORDER BY occurred_at DESC, id DESC""")
			.param("id", id)
			.query((rs, n) -> new ProviderEvent(rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("by_username"),
					rs.getString("action"), rs.getString("from_status") == null ? null : ProviderStatus.valueOf(rs.getString("from_status")),
					ProviderStatus.valueOf(rs.getString("to_status")), rs.getObject("valid_until", LocalDate.class), rs.getString("note")))
			.list();
	}

	/** Adds one open case and stamps the assignment time, in one statement (safe under concurrent assignments). */
	boolean assigned(long id, OffsetDateTime at) {
		return jdbc.sql("""
				UPDATE lawyers_provider SET open_cases = open_cases + 1,
				    last_assigned_at = CASE WHEN last_assigned_at IS NULL OR last_assigned_at < :at THEN :at ELSE last_assigned_at END
				WHERE id = :id""")
			.param("at", at).param("id", id).update() == 1;
	}

	/** Takes one open case off, never below zero; false when there was none (or no such provider). */
	boolean released(long id) {
		return jdbc.sql("UPDATE lawyers_provider SET open_cases = open_cases - 1 WHERE id = :id AND open_cases > 0")
			.param("id", id).update() == 1;
	}

	int openCases(long id) {
		return jdbc.sql("SELECT open_cases FROM lawyers_provider WHERE id = :id").param("id", id).query(Integer.class).single();
	}

	/** One page of the providers the actor may read, filtered and sorted. */
	Page<Row> search(ProviderFilter f, ProviderSort sort, PageRequest page, Actor actor, List<String> actorRegions, LocalDate today) {
		StringBuilder where = new StringBuilder(" WHERE " + Visibility.provider("p"));
		Map<String, Object> params = new HashMap<>();
		params.put("actor_path", actor.unitPath());
		params.put("actor_regions", actorRegions);
		if (PlainText.blankToNull(f.name()) != null) {
			where.append(" AND p.name LIKE :name ESCAPE '\\'");
			params.put("name", Like.contains(f.name().strip()));
		}
		if (PlainText.blankToNull(f.licence()) != null) {
			where.append(" AND p.licence_number LIKE :licence ESCAPE '\\'");
			params.put("licence", Like.startsWith(f.licence().strip().toUpperCase(Locale.ROOT)));
		}
		if (f.organisationId() != null) {
			where.append(" AND p.organisation_id = :org");
			params.put("org", f.organisationId());
		}
		if (f.kind() != null) {
			where.append(" AND p.kind = :kind");
			params.put("kind", f.kind().name());
		}
		if (PlainText.blankToNull(f.specialty()) != null) {
			where.append(" AND EXISTS (SELECT 1 FROM lawyers_provider_specialty s WHERE s.provider_id = p.id AND s.code = :specialty)");
			params.put("specialty", f.specialty().strip());
		}
		if (f.status() != null) {
			params.put("today", Date.valueOf(today));
			where.append(switch (f.status()) {
				case ACTIVE -> " AND p.status = 'ACTIVE' AND p.valid_until >= :today";
				case EXPIRED -> " AND (p.status = 'EXPIRED' OR (p.status = 'ACTIVE' AND p.valid_until < :today))";
				default -> " AND p.status = '" + f.status().name() + "'";
			});
		}
		String region = PlainText.blankToNull(f.regionCode());
		if (region != null && Regions.wellFormed(region)) {
			where.append(" AND EXISTS (SELECT 1 FROM lawyers_provider_region r WHERE r.provider_id = p.id"
					+ " AND (r.prefix IN (:ancestors) OR r.prefix LIKE :below))");
			params.put("ancestors", Regions.prefixesOf(region));
			params.put("below", Regions.significant(region) + "%");
		}
		var count = scoped.sql("SELECT COUNT(*) FROM lawyers_provider p JOIN lawyers_organisation o ON o.id = p.organisation_id" + where, actor);
		params.forEach(count::param);
		long total = count.query(Long.class).single();
		var select = scoped.sql(SELECT + where + " ORDER BY " + sort.orderBy() + " LIMIT :limit OFFSET :offset", actor);
		params.forEach(select::param);
		List<Row> rows = select.param("limit", page.size()).param("offset", page.offset()).query(ProviderRepository::map).list();
		return Page.of(rows, page, total);
	}

	/** The specialties of the providers of a page, by provider. */
	Map<Long, Set<String>> specialtiesOf(Collection<Long> ids) {
		Map<Long, Set<String>> byProvider = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("SELECT provider_id, code FROM lawyers_provider_specialty WHERE provider_id IN (:ids) ORDER BY code")
				.param("ids", ids)
				.query((rs, n) -> byProvider.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getString(2)))
				.list();
		}
		return byProvider;
	}

	/** Every provider serving a division code (not removed): by the code's prefixes, through the prefix index. */
	List<Row> serving(List<String> prefixes) {
		return jdbc.sql(SELECT + " WHERE p.id IN (SELECT r.provider_id FROM lawyers_provider_region r WHERE r.prefix IN (:prefixes))"
				+ " AND p.status <> 'REMOVED'")
			.param("prefixes", prefixes).query(ProviderRepository::map).list();
	}

	/** Code sets (specialties or languages) of the providers serving the prefixes, by provider. */
	Map<Long, Set<String>> codesServing(String table, List<String> prefixes) {
		Map<Long, Set<String>> byProvider = new HashMap<>();
		jdbc.sql("SELECT x.provider_id, x.code FROM " + table + " x"
				+ " WHERE x.provider_id IN (SELECT r.provider_id FROM lawyers_provider_region r WHERE r.prefix IN (:prefixes))")
			.param("prefixes", prefixes)
			.query((rs, n) -> byProvider.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getString(2)))
			.list();
		return byProvider;
	}

	/** Disciplinary records of the providers serving the prefixes, by provider. */
	Map<Long, List<DisciplinaryRecord>> disciplineServing(List<String> prefixes) {
		Map<Long, List<DisciplinaryRecord>> byProvider = new HashMap<>();
		jdbc.sql("SELECT d.provider_id, d.id, d.decided_on, d.authority, d.sanction, d.until_on FROM lawyers_discipline d"
				+ " WHERE d.provider_id IN (SELECT r.provider_id FROM lawyers_provider_region r WHERE r.prefix IN (:prefixes))")
			.param("prefixes", prefixes)
			.query((rs, n) -> byProvider.computeIfAbsent(rs.getLong("provider_id"), k -> new ArrayList<>()).add(discipline(rs, n)))
			.list();
		return byProvider;
	}

	static DisciplinaryRecord discipline(ResultSet rs, int n) throws SQLException {
		return new DisciplinaryRecord(rs.getLong("id"), rs.getObject("decided_on", LocalDate.class), rs.getString("authority"),
				rs.getString("sanction"), rs.getObject("until_on", LocalDate.class));
	}

	static Row map(ResultSet rs, int n) throws SQLException {
		int cap = rs.getInt("max_open_cases");
		Integer ownCap = rs.wasNull() ? null : cap;
		return new Row(rs.getLong("id"), ProviderKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("id_number_enc"),
				rs.getString("id_number_key"), rs.getString("id_number_masked"), rs.getString("phone_enc"), rs.getString("phone_masked"),
				rs.getString("licence_number"), rs.getObject("first_practice_date", LocalDate.class),
				rs.getObject("criminal_defence_since", LocalDate.class), rs.getLong("organisation_id"), rs.getString("organisation_name"),
				rs.getLong("unit_id"), rs.getString("unit_path"), rs.getString("region_code"), ProviderStatus.valueOf(rs.getString("status")),
				rs.getObject("valid_until", LocalDate.class), rs.getBoolean("duty_lawyer"), ownCap, rs.getInt("open_cases"),
				rs.getObject("last_assigned_at", OffsetDateTime.class), rs.getString("account_username"), rs.getInt("version"));
	}

	static Date date(LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}
}
