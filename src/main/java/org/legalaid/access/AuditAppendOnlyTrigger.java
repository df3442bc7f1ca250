package org.legalaid.access;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** H2 trigger that keeps the audit trail append-only (the PostgreSQL migration has a plpgsql twin). */
public class AuditAppendOnlyTrigger implements Trigger {

	@Override
	public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException("access_audit_event is append-only");
	}
}
