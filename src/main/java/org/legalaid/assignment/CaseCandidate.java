package org.legalaid.assignment;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A provider serving the case's region as the assignment page shows them: workload, time of the last assignment and
 * every reason they cannot take this case (the pool's reasons and the conflict check's). {@code rotationFirst}
 * marks the one the rotation chooses.
 */
public record CaseCandidate(long providerId, String name, String kind, long organisationId, String organisationName,
		int yearsOfPractice, int criminalYears, int openCases, int maxOpenCases, OffsetDateTime lastAssignedAt,
		List<Reason> exclusions, boolean rotationFirst) {

	public CaseCandidate {
		exclusions = List.copyOf(exclusions);
	}

	public boolean eligible() {
		return exclusions.isEmpty();
	}

	CaseCandidate first() {
		return new CaseCandidate(providerId, name, kind, organisationId, organisationName, yearsOfPractice, criminalYears,
				openCases, maxOpenCases, lastAssignedAt, exclusions, true);
	}

	/** One reason of exclusion: a code, its message key and the message's arguments. */
	public record Reason(String code, String messageKey, List<Object> args) {

		public Reason {
			args = List.copyOf(args);
		}

		public Object[] argArray() {
			return args.toArray();
		}
	}
}
