package org.legalaid.casework;

import java.time.OffsetDateTime;

/** A case in a list: who it is for, its provider and state, and the next deadline running on it (if any). */
public record CaseSummary(CaseId id, String number, String recipientLabel, String providerName, CaseStatus status,
		boolean major, OffsetDateTime openedAt, String nextDeadlineRule, OffsetDateTime nextDeadlineDueAt) {

	/** True when the next deadline has passed. */
	public boolean overdueAt(OffsetDateTime now) {
		return nextDeadlineDueAt != null && !now.isBefore(nextDeadlineDueAt);
	}
}
