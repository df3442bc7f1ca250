package org.legalaid.lawyers;

import java.time.LocalDate;

/**
 * An administrative penalty or bar-association sanction: decided on a day by an authority, with the day a sanction of
 * some duration (e.g. suspension of practice) ends, or null for a one-off one.
 */
public record DisciplinaryRecord(long id, LocalDate decidedOn, String authority, String sanction, LocalDate untilOn) {

	/** Whether the sanction still runs on the day. */
	public boolean inForceOn(LocalDate day) {
		return untilOn != null && !untilOn.isBefore(day) && !decidedOn.isAfter(day);
	}
}
