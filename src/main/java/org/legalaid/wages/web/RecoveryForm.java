package org.legalaid.wages.web;

import org.legalaid.shared.FormValues;
import java.time.LocalDate;

import org.legalaid.wages.RecoveryDraft;
import org.legalaid.wages.RecoveryMethod;

/** An entry of the arrears ledger as typed on the complaint page. */
record RecoveryForm(String recoveredOn, String amount, RecoveryMethod method, String workers, String note, Integer version) {

	static RecoveryForm empty(LocalDate today, int version) {
		return new RecoveryForm(today.toString(), null, null, null, null, version);
	}

	RecoveryDraft draft() {
		return new RecoveryDraft(FormValues.date("recoveredOn", recoveredOn), FormValues.amount("amount", amount), method,
				FormValues.integer("workers", workers), note);
	}
}
