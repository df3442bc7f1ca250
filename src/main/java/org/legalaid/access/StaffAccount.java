package org.legalaid.access;

import java.time.OffsetDateTime;
import java.util.Set;

import org.legalaid.shared.Role;

/** A staff account as administrators see it (never the password hash). */
public record StaffAccount(long id, String username, String displayName, long unitId, String unitPath, Set<Role> roles,
		boolean enabled, int failedAttempts, OffsetDateTime lockedUntil, boolean mustChangePassword, int version) {

	public StaffAccount {
		roles = Set.copyOf(roles);
	}

	public boolean lockedAt(OffsetDateTime now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}
