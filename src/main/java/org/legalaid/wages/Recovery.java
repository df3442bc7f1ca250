package org.legalaid.wages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An entry of the arrears ledger: money recovered for some of a complaint's workers. */
public record Recovery(long id, ComplaintId complaintId, LocalDate recoveredOn, BigDecimal amount, RecoveryMethod method,
		int workers, String note, String recordedBy, OffsetDateTime recordedAt) {
}
