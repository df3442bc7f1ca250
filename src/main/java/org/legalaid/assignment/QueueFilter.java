package org.legalaid.assignment;

/** Which cases the director's queue lists. */
public enum QueueFilter {
	OPEN, WAITING, OFFERED, OVERDUE, ACCEPTED, ALL;

	public String messageKey() {
		return "assignment.filter." + name();
	}
}
