package org.legalaid.access;

import java.time.LocalDate;

/** Filters of the audit search; every one is optional. */
public record AuditQuery(String actor, String action, String recordType, String recordId, LocalDate from, LocalDate to) {

	public static AuditQuery none() {
		return new AuditQuery(null, null, null, null, null, null);
	}
}
