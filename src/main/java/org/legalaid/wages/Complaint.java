package org.legalaid.wages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * An unpaid-wage complaint as shown to staff, with the complainant's phone masked ({@link Complaints#revealPhone}
 * shows it in full, audited). {@code referral} is null until the complaint is referred.
 */
public record Complaint(ComplaintId id, long unitId, String unitName, String recordedBy, LocalDate receivedOn,
		String complainantName, String complainantPhoneMasked, Long consultationId, String employerName,
		String employerCreditCode, String projectName, String regionCode, String regionName, String countyCode, int workers,
		BigDecimal amountOwed, YearMonth owedFrom, YearMonth owedTo, String description, ComplaintStatus status,
		Referral referral, String resultNote, OffsetDateTime closedAt, OffsetDateTime createdAt, OffsetDateTime updatedAt,
		int version) {

	/** The status moves offered now (the referral has its own action). */
	public List<ComplaintStatus> moves() {
		return status.moves();
	}

	public boolean referable() {
		return status == ComplaintStatus.RECEIVED;
	}
}
