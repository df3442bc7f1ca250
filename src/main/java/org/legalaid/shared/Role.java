package org.legalaid.shared;

/** Staff roles (product.md "Who uses it"). Stored by name. */
public enum Role {
	WINDOW_CLERK, REVIEWER, DIRECTOR, LAWYER, HOTLINE_OPERATOR, QUALITY_REVIEWER, BUREAU_ADMIN, SYSTEM_ADMIN;

	/** Message key of the role's display name. */
	public String messageKey() {
		return "role." + name();
	}
}
