package org.legalaid.wages;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Instants as staff read them: in China's time zone whatever offset the database returns, and day deadlines, stored
 * as their exclusive end (00:00 of the next day), shown as their last day.
 */
final class ChinaTime {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private ChinaTime() {
	}

	static OffsetDateTime read(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.atZoneSameInstant(ZONE).toOffsetDateTime();
	}

	/** The last day of a day deadline ending (exclusively) at {@code end}. */
	static LocalDate lastDay(OffsetDateTime end) {
		return end == null ? null : end.atZoneSameInstant(ZONE).minusNanos(1).toLocalDate();
	}
}
