package org.legalaid.wages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Entries of the arrears ledger; read only for a complaint the service found in scope. */
@Repository
class RecoveryRepository {

	private final JdbcClient jdbc;

	RecoveryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long complaintId, RecoveryDraft entry, BigDecimal amount, String note, String by, OffsetDateTime at) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO wages_recovery (complaint_id, recovered_on, amount, method, workers, note, recorded_by, recorded_at)
				VALUES (:complaint, :on, :amount, :method, :workers, :note, :by, :at)""")
			.param("complaint", complaintId).param("on", entry.recoveredOn()).param("amount", amount)
			.param("method", entry.method().name()).param("workers", entry.workers()).param("note", note).param("by", by)
			.param("at", at)
			.update(key, "id");
		return key.getKey().longValue();
	}

	BigDecimal recovered(long complaintId) {
		return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM wages_recovery WHERE complaint_id = :c")
			.param("c", complaintId).query(BigDecimal.class).single();
	}

	List<Recovery> entries(long complaintId) {
		return jdbc.sql("""
				SELECT id, complaint_id, recovered_on, amount, method, workers, note, recorded_by, recorded_at
				FROM wages_recovery WHERE complaint_id = :c ORDER BY recovered_on, id""")
			.param("c", complaintId)
			.query((rs, n) -> new Recovery(rs.getLong("id"), new ComplaintId(rs.getLong("complaint_id")),
					rs.getObject("recovered_on", LocalDate.class), rs.getBigDecimal("amount"),
					RecoveryMethod.valueOf(rs.getString("method")), rs.getInt("workers"), rs.getString("note"),
					rs.getString("recorded_by"), ChinaTime.read(rs, "recorded_at")))
			.list();
	}
}
