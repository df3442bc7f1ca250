package org.legalaid.assignment;

import java.time.OffsetDateTime;

/**
 * A case as the assignment pages show it: its subject, rules, time limit and, while offered or accepted, the
 * provider holding the current offer. {@code dueAt} is the end of the assignment time limit (D6 or D10), null after a
 * reassignment was asked for.
 */
public record AssignmentCase(long id, CaseSubject subject, AssignmentStatus status, long centreId, String unitPath, String regionCode,
		String matterCode, String specialty, String language, boolean lawyersOnly, Integer minCriminalYears,
		long deadlineTimerId, OffsetDateTime dueAt, OffsetDateTime openedAt, boolean heldBefore, String reopenReason, Long offerId,
		Long providerId, String providerName, String organisationName, OffsetDateTime offerDueAt, int version) {

	/** Still to be assigned and past the assignment time limit. */
	public boolean overdueAt(OffsetDateTime now) {
		return (status == AssignmentStatus.WAITING || status == AssignmentStatus.OFFERED) && dueAt != null && !now.isBefore(dueAt);
	}
}
