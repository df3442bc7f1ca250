package org.legalaid.access;

import java.time.OffsetDateTime;

/** One entry of the audit trail. */
public record AuditEvent(long id, OffsetDateTime occurredAt, String actorUsername, String action, String recordType,
		String recordId, String detail, String clientAddress, String requestId) {
}
