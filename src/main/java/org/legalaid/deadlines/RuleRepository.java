package org.legalaid.deadlines;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Deadline rules: reference data, read with a plain {@link JdbcClient}. */
@Repository
class RuleRepository {

	private static final String COLUMNS = "code, region_prefix, title, amount, unit, start_event, source";

	private final JdbcClient jdbc;

	RuleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<DeadlineRule> versions(String code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM deadlines_rule WHERE code = :code").param("code", code).query(RuleRepository::map).list();
	}

	Optional<DeadlineRule> find(String code, String regionPrefix) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM deadlines_rule WHERE code = :code AND region_prefix = :prefix")
			.param("code", code)
			.param("prefix", regionPrefix)
			.query(RuleRepository::map)
			.optional();
	}

	List<DeadlineRule> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM deadlines_rule ORDER BY LENGTH(code), code, region_prefix")
			.query(RuleRepository::map)
			.list();
	}

	/** Inserts or replaces one version of a rule. */
	void save(DeadlineRule rule) {
		int updated = jdbc.sql("UPDATE deadlines_rule SET title = :title, amount = :amount, unit = :unit, start_event = :start, source = :source"
				+ " WHERE code = :code AND region_prefix = :prefix")
			.params(params(rule))
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO deadlines_rule (" + COLUMNS + ") VALUES (:code, :prefix, :title, :amount, :unit, :start, :source)")
				.params(params(rule))
				.update();
		}
	}

	private static java.util.Map<String, Object> params(DeadlineRule rule) {
		return java.util.Map.of("code", rule.code(), "prefix", rule.regionPrefix(), "title", rule.title(), "amount",
				rule.amount(), "unit", rule.unit().name(), "start", rule.startEvent(), "source", rule.source());
	}

	static DeadlineRule map(ResultSet rs, int row) throws SQLException {
		return new DeadlineRule(rs.getString("code"), rs.getString("region_prefix"), rs.getString("title"), rs.getInt("amount"),
				DeadlineUnit.valueOf(rs.getString("unit")), rs.getString("start_event"), rs.getString("source"));
	}
}
