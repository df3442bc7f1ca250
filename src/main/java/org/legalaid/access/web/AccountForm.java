package org.legalaid.access.web;

import java.util.Set;

import org.legalaid.access.AccountDraft;
import org.legalaid.access.StaffAccount;
import org.legalaid.shared.Role;

/** The account form as posted by an administrator. */
record AccountForm(String username, String displayName, Long unitId, Set<Role> roles, Boolean enabled, String password,
		Integer version) {

	AccountDraft draft() {
		return new AccountDraft(username, displayName, unitId, roles == null ? Set.of() : roles, enabled == null ? Boolean.FALSE : enabled, password);
	}

	static AccountForm empty() {
		return new AccountForm("", "", null, Set.of(), true, "", 0);
	}

	static AccountForm of(StaffAccount a) {
		return new AccountForm(a.username(), a.displayName(), a.unitId(), a.roles(), a.enabled(), "", a.version());
	}
}
