package org.legalaid.hotline;

import java.time.OffsetDateTime;

/** A consultation referred to another centre or hotline, tracked to a result. {@code targetName} is for display. */
public record Referral(ReferralId id, ConsultationId consultationId, ReferralTarget target, String targetName, String reference,
		ReferralStatus status, String resultNote, String referredBy, OffsetDateTime referredAt, OffsetDateTime dueAt,
		OffsetDateTime updatedAt, int version) {

	public boolean overdueAt(OffsetDateTime now) {
		return status.isOpen() && dueAt.isBefore(now);
	}
}
