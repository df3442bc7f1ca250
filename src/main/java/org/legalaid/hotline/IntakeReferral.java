package org.legalaid.hotline;

import java.time.OffsetDateTime;
import java.util.Set;

import org.legalaid.people.PersonGroup;

/**
 * What a consultation referred to intake hands over to the receiving centre, to pre-fill an application: the caller as
 * the operator recorded them and what they asked. The phone and question are in full; reading them is audited.
 */
public record IntakeReferral(ReferralId id, ConsultationId consultationId, long targetUnitId, ConsultationChannel channel,
		String topicCode, String callerName, String callerPhone, Set<PersonGroup> callerGroups, String question,
		String answerSummary, String referredBy, OffsetDateTime referredAt) {

	public IntakeReferral {
		callerGroups = Set.copyOf(callerGroups);
	}
}
