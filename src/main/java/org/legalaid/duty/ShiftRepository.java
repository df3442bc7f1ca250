package org.legalaid.duty;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.legalaid.lawyers.ProviderId;
import org.legalaid.shared.ScopedJdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Duty shifts. Staff reads go through the data scope; the reads by provider are not scoped, because a provider's
 * shifts conflict wherever they lie and a duty lawyer sees their own shifts at any station. Station names are filled
 * in by the service.
 */
@Repository
class ShiftRepository {

	private static final String SELECT = """
			SELECT s.id, s.station_unit_id, s.provider_id, s.provider_name, s.starts_at, s.ends_at, s.created_by, s.version,
			       (SELECT COUNT(*) FROM duty_help h WHERE h.shift_id = s.id) AS helped
			FROM duty_shift s""";

	private final ScopedJdbc scoped;
	private final JdbcClient jdbc;
	private final ZoneId zone;

	ShiftRepository(ScopedJdbc scoped, JdbcClient jdbc, Clock clock) {
		this.scoped = scoped;
		this.jdbc = jdbc;
		this.zone = clock.getZone();
	}

	long insert(long stationUnitId, String unitPath, ProviderId provider, String providerName, OffsetDateTime start,
			OffsetDateTime end, String by, OffsetDateTime now) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO duty_shift (station_unit_id, unit_path, provider_id, provider_name, starts_at, ends_at, created_by, created_at)
				VALUES (:station, :path, :provider, :name, :start, :end, :by, :now)""")
			.param("station", stationUnitId).param("path", unitPath).param("provider", provider.value()).param("name", providerName)
			.param("start", start).param("end", end).param("by", by).param("now", now)
			.update(key, "id");
		return key.getKey().longValue();
	}

	/**
	 * Serialises roster changes of one provider: takes a row lock on the provider's lock row (created on first use), so
	 * two concurrent schedulings cannot both pass the overlap check.
	 */
	void lockProvider(ProviderId provider) {
		jdbc.sql("INSERT INTO duty_provider_lock (provider_id) VALUES (:p) ON CONFLICT DO NOTHING").param("p", provider.value()).update();
		jdbc.sql("SELECT provider_id FROM duty_provider_lock WHERE provider_id = :p FOR UPDATE").param("p", provider.value())
			.query(Long.class).single();
	}

	/** The provider's shifts overlapping the period (start inclusive, end exclusive), anywhere. */
	List<Shift> overlapping(ProviderId provider, OffsetDateTime start, OffsetDateTime end) {
		return jdbc.sql(SELECT + " WHERE s.provider_id = :p AND s.starts_at < :end AND s.ends_at > :start ORDER BY s.starts_at")
			.param("p", provider.value()).param("start", start).param("end", end).query(this::map).list();
	}

	/** The provider's shift at the station that covers the instant, if any. */
	Optional<Shift> covering(ProviderId provider, long stationUnitId, OffsetDateTime at) {
		return jdbc.sql(SELECT + """
				 WHERE s.provider_id = :p AND s.station_unit_id = :station AND s.starts_at <= :at AND s.ends_at > :at
				ORDER BY s.starts_at""")
			.param("p", provider.value()).param("station", stationUnitId).param("at", at).query(this::map).optional();
	}

	/** The provider's shifts ending after the instant, soonest first. */
	List<Shift> ofProviderFrom(ProviderId provider, OffsetDateTime after, int limit) {
		return jdbc.sql(SELECT + " WHERE s.provider_id = :p AND s.ends_at > :after ORDER BY s.starts_at LIMIT :limit")
			.param("p", provider.value()).param("after", after).param("limit", limit).query(this::map).list();
	}

	/** Whether the provider ever had a shift at the station (a duty lawyer's reach to a station outside their unit). */
	boolean everAt(ProviderId provider, long stationUnitId) {
		return jdbc.sql("SELECT COUNT(*) FROM duty_shift WHERE provider_id = :p AND station_unit_id = :station")
			.param("p", provider.value()).param("station", stationUnitId).query(Long.class).single() > 0;
	}

	/** The station's shifts starting in the period, in the actor's scope. */
	List<Shift> atStation(long stationUnitId, OffsetDateTime from, OffsetDateTime to) {
		return scoped.sql(SELECT + """
				 WHERE s.station_unit_id = :station AND s.starts_at >= :from AND s.starts_at < :to AND SCOPE(s.unit_path)
				ORDER BY s.starts_at, s.provider_name""")
			.param("station", stationUnitId).param("from", from).param("to", to).query(this::map).list();
	}

	/** The shifts starting in the period at the stations under a unit path, in the actor's scope. */
	List<Shift> under(String unitPath, OffsetDateTime from, OffsetDateTime to) {
		return scoped.sql(SELECT + """
				 WHERE s.unit_path LIKE :under AND s.starts_at >= :from AND s.starts_at < :to AND SCOPE(s.unit_path)
				ORDER BY s.starts_at, s.station_unit_id""")
			.param("under", unitPath + "%").param("from", from).param("to", to).query(this::map).list();
	}

	Optional<Shift> find(long id) {
		return scoped.sql(SELECT + " WHERE s.id = :id AND SCOPE(s.unit_path)").param("id", id).query(this::map).optional();
	}

	/** A shift of the provider's, whatever the scope. */
	Optional<Shift> findOwn(long id, ProviderId provider) {
		return jdbc.sql(SELECT + " WHERE s.id = :id AND s.provider_id = :p").param("id", id).param("p", provider.value())
			.query(this::map).optional();
	}

	/** Deletes a shift without legal-help records if the version matches. */
	boolean delete(long id, int version) {
		return scoped.sql("""
				DELETE FROM duty_shift WHERE id = :id AND version = :version AND SCOPE(unit_path)
				  AND NOT EXISTS (SELECT 1 FROM duty_help h WHERE h.shift_id = :id)""")
			.param("id", id).param("version", version).update() == 1;
	}

	private Shift map(ResultSet rs, int row) throws SQLException {
		return new Shift(new ShiftId(rs.getLong("id")), rs.getLong("station_unit_id"), "", new ProviderId(rs.getLong("provider_id")),
				rs.getString("provider_name"), Rows.instant(rs, "starts_at", zone), Rows.instant(rs, "ends_at", zone),
				rs.getLong("helped"), rs.getString("created_by"), rs.getInt("version"));
	}
}
