package org.legalaid.assignment;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One offer of a case to a provider: who offered it and whether as the rotation's first or by override with a
 * reason, by when the provider must answer, and the answer.
 */
public record Offer(long id, long caseId, CaseSubject subject, long providerId, String providerName, String providerAccount,
		long organisationId, String organisationName, OfferStatus status, OffsetDateTime offeredAt, String offeredBy,
		boolean rotationFirst, String overrideReason, OffsetDateTime replyDueAt, OffsetDateTime answeredAt, String answerReason,
		List<Long> documentIds) {

	public Offer {
		documentIds = List.copyOf(documentIds);
	}
}
