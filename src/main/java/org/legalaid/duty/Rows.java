package org.legalaid.duty;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Reading this module's rows: instants come back in the clock's zone, so pages show local times. */
final class Rows {

	private Rows() {
	}

	static OffsetDateTime instant(ResultSet rs, String column, ZoneId zone) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.atZoneSameInstant(zone).toOffsetDateTime();
	}
}
