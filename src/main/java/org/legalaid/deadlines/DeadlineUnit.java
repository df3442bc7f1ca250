package org.legalaid.deadlines;

/** How a deadline is counted (legal-aid-rules.md §5.1). */
public enum DeadlineUnit {

	/** Calendar days; the start day is not counted and a due date on a rest day moves to the next working day. */
	CALENDAR_DAY,

	/** The n-th working day after the start day. */
	WORKING_DAY,

	/** Exact hours from the start instant, never moved. */
	HOUR;

	public boolean countsDays() {
		return this != HOUR;
	}

	public String messageKey() {
		return "deadlines.unit." + name();
	}
}
