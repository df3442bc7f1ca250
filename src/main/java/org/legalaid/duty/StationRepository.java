package org.legalaid.duty;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Station settings, keyed by the workstation's unit id. Callers establish that the unit is within reach first. */
@Repository
class StationRepository {

	private final JdbcClient jdbc;

	StationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Settings(long unitId, StationMode mode, Set<DayOfWeek> openDays, String note, int version) {
	}

	Map<Long, Settings> settings(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("SELECT unit_id, mode, open_days, note, version FROM duty_station WHERE unit_id IN (:ids)")
			.param("ids", List.copyOf(unitIds))
			.query((rs, n) -> new Settings(rs.getLong("unit_id"), StationMode.valueOf(rs.getString("mode")),
					days(rs.getString("open_days")), rs.getString("note"), rs.getInt("version")))
			.list().stream().collect(Collectors.toMap(Settings::unitId, Function.identity()));
	}

	void insert(long unitId, String unitPath, StationDraft d, String note, String by, OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO duty_station (unit_id, unit_path, mode, open_days, note, updated_by, updated_at)
				VALUES (:unit, :path, :mode, :days, :note, :by, :now)""")
			.param("unit", unitId).param("path", unitPath).param("mode", d.mode().name()).param("days", days(d.openDays()))
			.param("note", note).param("by", by).param("now", now).update();
	}

	boolean update(long unitId, int version, String unitPath, StationDraft d, String note, String by, OffsetDateTime now) {
		return jdbc.sql("""
				UPDATE duty_station SET unit_path = :path, mode = :mode, open_days = :days, note = :note, updated_by = :by,
				       updated_at = :now, version = version + 1
				WHERE unit_id = :unit AND version = :version""")
			.param("unit", unitId).param("version", version).param("path", unitPath).param("mode", d.mode().name())
			.param("days", days(d.openDays())).param("note", note).param("by", by).param("now", now).update() == 1;
	}

	static String days(Set<DayOfWeek> days) {
		return days.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	static Set<DayOfWeek> days(String stored) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		if (stored != null && !stored.isBlank()) {
			Arrays.stream(stored.split(",")).map(DayOfWeek::valueOf).forEach(days::add);
		}
		return days;
	}
}
