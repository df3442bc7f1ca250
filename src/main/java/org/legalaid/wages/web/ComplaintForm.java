package org.legalaid.wages.web;

import org.legalaid.shared.FormValues;
import org.legalaid.wages.ComplaintDraft;

/** The new-complaint form, as typed: numbers, amounts and dates are read on saving ({@link FormValues}). */
record ComplaintForm(String complainantName, String complainantPhone, String consultationId, String employerName,
		String employerCreditCode, String projectName, String regionCode, String workers, String amountOwed, String owedFrom,
		String owedTo, String description, String receivedOn) {

	static ComplaintForm empty(Long consultationId) {
		return new ComplaintForm(null, null, consultationId == null ? null : consultationId.toString(), null, null, null, null,
				null, null, null, null, null, null);
	}

	ComplaintDraft draft() {
		return new ComplaintDraft(complainantName, complainantPhone, FormValues.id("consultationId", consultationId), employerName,
				employerCreditCode, projectName, regionCode, FormValues.integer("workers", workers),
				FormValues.amount("amountOwed", amountOwed), FormValues.month("owedFrom", owedFrom),
				FormValues.month("owedTo", owedTo), description, FormValues.date("receivedOn", receivedOn));
	}
}
