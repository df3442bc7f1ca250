package org.legalaid.wages;

import java.math.BigDecimal;
import java.util.List;

/**
 * The arrears ledger of one complaint (欠薪台账): owed, recovered so far, outstanding, and the entries, oldest first.
 * {@code workerTimes} adds up the workers of every entry (人次): a worker paid in two instalments counts twice.
 */
public record Arrears(ComplaintId complaintId, int workers, BigDecimal owed, BigDecimal recovered, long workerTimes,
		List<Recovery> entries) {

	public Arrears {
		entries = List.copyOf(entries);
	}

	public BigDecimal outstanding() {
		return owed.subtract(recovered);
	}

	public boolean settled() {
		return outstanding().signum() == 0;
	}
}
