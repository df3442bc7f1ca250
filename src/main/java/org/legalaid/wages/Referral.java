package org.legalaid.wages;

import java.time.OffsetDateTime;

/**
 * A complaint's referral as shown: to whom ({@code targetName} is the centre's or the agency's name), their
 * reference, when and by whom, and when the receiving side should have accepted it (rule W2).
 */
public record Referral(ReferralTarget.Kind kind, Long centreId, String targetName, String reference, String referredBy,
		OffsetDateTime referredAt, OffsetDateTime acceptDueAt, OffsetDateTime acceptedAt) {

	/** The last day for the receiving side to accept. */
	public java.time.LocalDate acceptDueOn() {
		return ChinaTime.lastDay(acceptDueAt);
	}

	/** Not yet accepted although the acceptance was due. */
	public boolean acceptanceOverdueAt(OffsetDateTime now) {
		return acceptedAt == null && acceptDueAt != null && !now.isBefore(acceptDueAt);
	}
}
