package org.legalaid.lawyers;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One step of a membership's history: who moved it, when, from and to which status, and why. */
public record ProviderEvent(OffsetDateTime at, String by, String action, ProviderStatus from, ProviderStatus to,
		LocalDate validUntil, String note) {

	public String actionKey() {
		return "lawyers.action." + action;
	}
}
