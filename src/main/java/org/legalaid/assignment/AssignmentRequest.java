package org.legalaid.assignment;

import java.util.List;

/**
 * A case to be assigned. {@code unitPath} is the owning centre's data scope, {@code regionCode} the division code
 * whose providers serve it; {@code specialty}, {@code language}, {@code lawyersOnly} and {@code minCriminalYears} are
 * the suitability rules of legal-aid-rules.md §6.3 (null or false: none). {@code deadlineTimerId} is the running
 * assignment time limit (D6 after a grant, D10 after a notification), completed when the provider accepts.
 * {@code assisted} are the people aided, {@code opposing} the parties whose interests conflict with theirs (for a
 * notified criminal case also co-defendants with conflicting interests, role {@code CO_DEFENDANT}).
 */
public record AssignmentRequest(CaseSubject subject, long centreId, String unitPath, String regionCode,
		String matterCode, String specialty, String language, boolean lawyersOnly, Integer minCriminalYears,
		long deadlineTimerId, List<ConflictParty> assisted, List<ConflictParty> opposing) {

	public AssignmentRequest {
		assisted = assisted == null ? List.of() : List.copyOf(assisted);
		opposing = opposing == null ? List.of() : List.copyOf(opposing);
	}
}
