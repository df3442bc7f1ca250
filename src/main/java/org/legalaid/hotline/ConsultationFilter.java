package org.legalaid.hotline;

import java.time.LocalDate;

/** Filters of the consultation list; null or blank means any. Dates are inclusive, in the platform's time zone. */
public record ConsultationFilter(ConsultationChannel channel, String topicCode, LocalDate from, LocalDate to, String operator) {

	public static ConsultationFilter any() {
		return new ConsultationFilter(null, null, null, null, null);
	}
}
