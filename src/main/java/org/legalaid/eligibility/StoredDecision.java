package org.legalaid.eligibility;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A decision as stored for an application, with who took it and when. */
public record StoredDecision(long id, String subjectRef, EligibilityDecision decision, String regionCode,
		LocalDate decisionDate, OffsetDateTime decidedAt, String decidedBy, String unitPath) {
}
