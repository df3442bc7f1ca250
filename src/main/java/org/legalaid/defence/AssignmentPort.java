package org.legalaid.defence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.legalaid.assignment.CaseSubject;

/**
 * What this module asks of assignment: open a notified case to be assigned, and read its current state. Its records
 * mirror the assignment module's {@code AssignmentRequest}, {@code ConflictParty} and {@code AssignmentView} field for
 * field, so the implementation only maps them onto {@code Assignments.open} and {@code Assignments.current}. While no
 * implementation is present, notifications are received and tracked under D10 but not opened for assignment.
 */
public interface AssignmentPort {

	/** Opens the case to be assigned; idempotent per subject. Returns the assignment id. */
	long open(Request request);

	/** The current state of assignment of a subject, if it was ever opened. */
	Optional<State> current(CaseSubject subject);

	record Request(CaseSubject subject, long centreId, String unitPath, String regionCode, String matterCode,
			String specialty, String language, boolean lawyersOnly, Integer minCriminalYears, long deadlineTimerId,
			List<Party> assisted, List<Party> opposing) {
	}

	/** A person in the case as the conflict check matches them (role: ASSISTED, CO_DEFENDANT…). */
	record Party(String name, String idNumberKey, String organisationCode, String role) {
	}

	record State(long assignmentId, String status, Long providerId, String providerName, String organisationName,
			OffsetDateTime acceptedAt, List<Long> documentIds) {
	}
}
