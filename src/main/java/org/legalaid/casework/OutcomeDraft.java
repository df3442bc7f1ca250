package org.legalaid.casework;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Concluding a case: the closing date (legal-aid-rules.md §5.5) and the outcome. */
public record OutcomeDraft(LocalDate closingDate, ResultType resultType, BigDecimal amountAwarded,
		BigDecimal amountRecovered, Integer personsAssisted, String summary) {
}
