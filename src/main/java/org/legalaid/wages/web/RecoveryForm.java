package org.legalaid.wages.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.legalaid.wages.RecoveryDraft;
import org.legalaid.wages.RecoveryMethod;
import org.springframework.format.annotation.DateTimeFormat;

/** An entry of the arrears ledger as entered on the complaint page. */
record RecoveryForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate recoveredOn, BigDecimal amount,
		RecoveryMethod method, Integer workers, String note, Integer version) {

	static RecoveryForm empty(LocalDate today, int version) {
		return new RecoveryForm(today, null, null, null, null, version);
	}

	RecoveryDraft draft() {
		return new RecoveryDraft(recoveredOn, amount, method, workers, note);
	}
}
