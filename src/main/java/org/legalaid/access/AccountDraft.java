package org.legalaid.access;

import java.util.Set;

import org.legalaid.shared.Role;

/** What an administrator enters for an account. The password is only used when creating. */
public record AccountDraft(String username, String displayName, Long unitId, Set<Role> roles, Boolean enabled,
		String password) {
}
