package org.legalaid.deadlines;

/** An exception to the Monday-to-Friday week in the official calendar. */
public enum DayKind {

	/** A statutory holiday or a day of the holiday span: a rest day even on a weekday. */
	HOLIDAY,

	/** An adjusted working weekend day (调休上班). */
	WORKDAY;

	public String messageKey() {
		return "deadlines.kind." + name();
	}
}
