package org.legalaid.defence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Stored instants read back in the clock's zone, whatever offset the database returns them with. */
final class Rows {

	private Rows() {
	}

	static OffsetDateTime at(ResultSet rs, String column, ZoneId zone) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.atZoneSameInstant(zone).toOffsetDateTime();
	}
}
