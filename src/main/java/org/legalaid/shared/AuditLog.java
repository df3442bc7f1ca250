package org.legalaid.shared;

/**
 * The append-only audit trail: who did what to which record, when, from where. Implemented by the access
 * module; the actor, time and client address are taken from the running request.
 */
public interface AuditLog {

	void record(AuditAction action, String recordType, Object recordId, String detail);

	default void record(AuditAction action, String recordType, Object recordId) {
		record(action, recordType, recordId, null);
	}
}
