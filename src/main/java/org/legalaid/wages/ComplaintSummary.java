package org.legalaid.wages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A line of the complaint list: who is owed how much by whom, what has been recovered, where the complaint stands
 * and how its open supervision round stands against the reply deadline.
 */
public record ComplaintSummary(ComplaintId id, LocalDate receivedOn, String complainantName, String employerName,
		String projectName, String countyCode, String countyName, int workers, BigDecimal amountOwed, BigDecimal recovered,
		ComplaintStatus status, Reminder reminder, OffsetDateTime supervisionDueAt) {

	/** The last day for the open supervision round's reply, if any. */
	public LocalDate supervisionDueOn() {
		return ChinaTime.lastDay(supervisionDueAt);
	}

	public BigDecimal outstanding() {
		return amountOwed.subtract(recovered);
	}
}
