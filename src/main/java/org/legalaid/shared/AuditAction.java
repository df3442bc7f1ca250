package org.legalaid.shared;

/** What was done to a record. VIEW_PERSONAL_DATA marks every view of personal data. */
public enum AuditAction {
	CREATE, UPDATE, DEACTIVATE, REACTIVATE, DELETE, VIEW_PERSONAL_DATA, REVEAL_PERSONAL_DATA, EXPORT, IMPORT,
	LOGIN, LOGIN_FAILED, LOCKED, LOGOUT, PASSWORD_CHANGED, PASSWORD_RESET, UNLOCK
}
