package org.legalaid.assignment;

/** Where a case stands in assignment. */
public enum AssignmentStatus {
	/** Opened, no provider yet (or back after a decline, a lapsed offer or a withdrawal). */
	WAITING,
	/** Offered to a provider, awaiting their acceptance. */
	OFFERED,
	/** The provider accepted: the case is theirs. */
	ACCEPTED,
	/** The case is over (closed or terminated). */
	ENDED;

	public String messageKey() {
		return "assignment.status." + name();
	}
}
