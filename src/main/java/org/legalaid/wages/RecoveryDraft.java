package org.legalaid.wages;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An entry of the arrears ledger as entered: when, how much (yuan), how, for how many workers, with a note. */
public record RecoveryDraft(LocalDate recoveredOn, BigDecimal amount, RecoveryMethod method, Integer workers, String note) {
}
