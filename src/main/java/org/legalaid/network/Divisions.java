package org.legalaid.network;

import java.io.Reader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.legalaid.shared.Like;

/**
 * The administrative division catalogue: reference data shared by every unit, so it is not scoped.
 * Province to county levels ship with LegalAid; townships and villages are imported per province.
 */
@Service
public class Divisions {

	private static final Logger log = LoggerFactory.getLogger(Divisions.class);
	static final String DATASET = "china-division 2.7.0";

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;

	Divisions(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	public Optional<Division> find(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT code, name, level, parent_code FROM network_division WHERE code = :code")
			.param("code", code.strip()).query(Divisions::map).optional();
	}

	public List<Division> children(String parentCode) {
		if (parentCode == null || parentCode.isBlank()) {
			return jdbc.sql("SELECT code, name, level, parent_code FROM network_division WHERE parent_code IS NULL ORDER BY code")
				.query(Divisions::map).list();
		}
		return jdbc.sql("SELECT code, name, level, parent_code FROM network_division WHERE parent_code = :p ORDER BY code")
			.param("p", parentCode).query(Divisions::map).list();
	}

	/** The division and its ancestors, province first. */
	public List<Division> lineage(String code) {
		List<Division> chain = new ArrayList<>();
		Optional<Division> at = find(code);
		while (at.isPresent()) {
			chain.addFirst(at.get());
			at = find(at.get().parentCode());
		}
		return chain;
	}

	/** Divisions whose name contains the text or whose code starts with it, highest level first. */
	public List<Division> search(String text, int limit) {
		String q = text == null ? "" : text.strip();
		if (q.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT code, name, level, parent_code FROM network_division
				WHERE name LIKE :name ESCAPE '\\' OR code LIKE :code ESCAPE '\\'
				ORDER BY level, code LIMIT :limit""")
			.param("name", Like.contains(q)).param("code", Like.startsWith(q)).param("limit", limit)
			.query(Divisions::map).list();
	}

	public long countAtLevel(DivisionLevel level, String prefix) {
		return jdbc.sql("SELECT COUNT(*) FROM network_division WHERE level = :level AND code LIKE :prefix")
			.param("level", level.number()).param("prefix", prefix + "%").query(Long.class).single();
	}

	/**
	 * Imports townships and villages of the given provinces from the china-division dataset's
	 * {@code streets.csv} and {@code villages.csv}. Rows of other provinces are skipped. Existing codes are
	 * updated (renamed), new ones inserted, none deleted. All or nothing: a bad row aborts the whole import.
	 */
	@Transactional
	public DivisionImport importTownshipsAndVillages(Reader streets, Reader villages, Set<String> provinces) {
		var townships = collect(streets, provinces, "areaCode", DivisionLevel.TOWNSHIP);
		var villageRows = collect(villages, provinces, "streetCode", DivisionLevel.VILLAGE);
		int[] townshipCounts = upsert(townships, DivisionLevel.TOWNSHIP);
		int[] villageCounts = upsert(villageRows, DivisionLevel.VILLAGE);
		var result = new DivisionImport(townships.size(), villageRows.size(), townshipCounts[0] + villageCounts[0],
				townshipCounts[1] + villageCounts[1]);
		log.info("division import for provinces {}: {}", provinces, result);
		return result;
	}

	private List<Division> collect(Reader source, Set<String> provinces, String parentColumn, DivisionLevel level) {
		List<Division> rows = new ArrayList<>();
		DivisionCsv.read(source, row -> {
			String code = row.get("code");
			if (code == null || !provinces.contains(code.substring(0, Math.min(2, code.length())))) {
				return;
			}
			if (!code.matches("\\d{" + (level == DivisionLevel.TOWNSHIP ? 9 : 12) + "}")) {
				throw new DivisionImportFailed("line " + row.get("#line") + ": code " + code + " is not a " + level + " code");
			}
			String parent = row.get(parentColumn);
			if (level == DivisionLevel.TOWNSHIP && find(parent).isEmpty()) {
				// a prefecture-level city without counties governs its townships directly
				parent = row.getOrDefault("cityCode", "") + "00";
			}
			String name = row.get("name");
			if (name == null || name.isBlank()) {
				throw new DivisionImportFailed("line " + row.get("#line") + ": name is empty");
			}
			rows.add(new Division(code, name, level, parent));
		});
		return rows;
	}

	/** Returns {inserted, updated}. */
	private int[] upsert(List<Division> rows, DivisionLevel level) {
		Map<String, String> existing = new HashMap<>();
		Set<String> prefixes = new java.util.HashSet<>();
		rows.forEach(d -> prefixes.add(d.code().substring(0, 2)));
		for (String prefix : prefixes) {
			jdbc.sql("SELECT code, name FROM network_division WHERE level = :level AND code LIKE :prefix")
				.param("level", level.number()).param("prefix", prefix + "%")
				.query((rs, n) -> existing.put(rs.getString("code"), rs.getString("name"))).list();
		}
		Set<String> knownParents = new java.util.HashSet<>();
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		for (Division d : rows) {
			if (!knownParents.contains(d.parentCode()) && !parentExists(d.parentCode())) {
				throw new DivisionImportFailed("division " + d.code() + " " + d.name() + ": parent " + d.parentCode() + " is unknown");
			}
			knownParents.add(d.parentCode());
			String old = existing.get(d.code());
			if (old == null) {
				inserts.add(new Object[] { d.code(), d.name(), level.number(), d.parentCode(), DATASET });
			}
			else if (!old.equals(d.name())) {
				updates.add(new Object[] { d.name(), d.code() });
			}
		}
		batch.batchUpdate("INSERT INTO network_division (code, name, level, parent_code, source) VALUES (?, ?, ?, ?, ?)", inserts);
		batch.batchUpdate("UPDATE network_division SET name = ? WHERE code = ?", updates);
		return new int[] { inserts.size(), updates.size() };
	}

	private boolean parentExists(String code) {
		return code != null && jdbc.sql("SELECT COUNT(*) FROM network_division WHERE code = :c").param("c", code)
			.query(Integer.class).single() > 0;
	}

	static Division map(ResultSet rs, int row) throws SQLException {
		return new Division(rs.getString("code"), rs.getString("name"), DivisionLevel.of(rs.getInt("level")),
				rs.getString("parent_code"));
	}

	/** What an import did. */
	public record DivisionImport(int townships, int villages, int inserted, int updated) {
	}
}
