package org.legalaid.duty;

import java.time.LocalDate;

/**
 * What to list: {@code text} matches the person's name (part), the case number (start) or, when it is a whole ID
 * number, the person's ID; days inclusive; {@code lateOnly} keeps records with D2 or D14 lateness.
 */
public record HelpRecordFilter(String text, Long stationUnitId, HelpStage stage, Boolean pleaLeniency, LocalDate from,
		LocalDate to, boolean lateOnly) {

	public static HelpRecordFilter any() {
		return new HelpRecordFilter(null, null, null, null, null, null, false);
	}
}
