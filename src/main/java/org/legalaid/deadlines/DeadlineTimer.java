package org.legalaid.deadlines;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A running, met or cancelled time limit on a record of another module. */
public record DeadlineTimer(long id, String subjectType, String subjectId, String unitPath, String regionCode,
		String ruleCode, int amount, DeadlineUnit unit, Instant startedAt, Instant dueAt, Instant dueSoonAt,
		Status status, Instant metAt, int version) {

	public enum Status {
		OPEN, MET, CANCELLED
	}

	static DeadlineTimer map(ResultSet rs, int row) throws SQLException {
		return new DeadlineTimer(rs.getLong("id"), rs.getString("subject_type"), rs.getString("subject_id"),
				rs.getString("unit_path"), rs.getString("region_code"), rs.getString("rule_code"), rs.getInt("amount"),
				DeadlineUnit.valueOf(rs.getString("unit")), instant(rs, "started_at"), instant(rs, "due_at"),
				instant(rs, "due_soon_at"), Status.valueOf(rs.getString("status")), instant(rs, "met_at"),
				rs.getInt("version"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
