package org.legalaid.assignment;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The current state of assignment of a subject: status ({@code WAITING}, {@code OFFERED}, {@code ACCEPTED},
 * {@code ENDED}), the provider offered or holding the case and their organisation, when they accepted, and the
 * assignment notices and letter issued on acceptance.
 */
public record AssignmentView(long assignmentId, CaseSubject subject, String status, Long providerId,
		String providerName, String organisationName, OffsetDateTime acceptedAt, List<Long> documentIds) {

	public AssignmentView {
		documentIds = List.copyOf(documentIds);
	}
}
