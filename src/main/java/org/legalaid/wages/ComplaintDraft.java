package org.legalaid.wages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * An unpaid-wage complaint as entered. {@code consultationId} optionally links the hotline consultation it came
 * from; {@code employerCreditCode} is the employer's unified social credit code (GB 32100), optional;
 * {@code regionCode} is the division where the work was done (county level or below); {@code owedFrom} and
 * {@code owedTo} the months owed, optional; {@code receivedOn} defaults to today.
 */
public record ComplaintDraft(String complainantName, String complainantPhone, Long consultationId, String employerName,
		String employerCreditCode, String projectName, String regionCode, Integer workers, BigDecimal amountOwed,
		YearMonth owedFrom, YearMonth owedTo, String description, LocalDate receivedOn) {
}
