package org.legalaid.wages.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.legalaid.wages.ComplaintDraft;
import org.springframework.format.annotation.DateTimeFormat;

/** The new-complaint form; the months owed come from month inputs ({@code 2026-09}). */
record ComplaintForm(String complainantName, String complainantPhone, Long consultationId, String employerName,
		String employerCreditCode, String projectName, String regionCode, Integer workers, BigDecimal amountOwed,
		@DateTimeFormat(pattern = "yyyy-MM") YearMonth owedFrom, @DateTimeFormat(pattern = "yyyy-MM") YearMonth owedTo,
		String description, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn) {

	static ComplaintForm empty(Long consultationId) {
		return new ComplaintForm(null, null, consultationId, null, null, null, null, null, null, null, null, null, null);
	}

	ComplaintDraft draft() {
		return new ComplaintDraft(complainantName, complainantPhone, consultationId, employerName, employerCreditCode,
				projectName, regionCode, workers, amountOwed, owedFrom, owedTo, description, receivedOn);
	}
}
