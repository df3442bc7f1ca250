package org.legalaid.duty;

import java.time.OffsetDateTime;
import java.util.Set;

import org.legalaid.lawyers.ProviderId;

/**
 * A legal-help event as entered (§8.3). {@code providerId} names the duty lawyer when centre staff record on their
 * behalf; a duty lawyer records their own help and leaves it null. The meeting request times are the person's request
 * and the detention centre's notice to the duty lawyer (D14); the application times are the request to the duty lawyer
 * and the forwarding (D2).
 */
public record HelpRecordDraft(Long stationUnitId, ProviderId providerId, OffsetDateTime helpedAt, HelpStage stage,
		String personName, String personIdNumber, String detentionFacility, String caseNumber, String caseOrgan,
		Set<HelpType> helpTypes, boolean pleaLeniency, boolean presentAtSigning, String opinion, String opinionTo,
		OffsetDateTime meetingRequestedAt, OffsetDateTime lawyerNotifiedAt, OffsetDateTime metAt,
		OffsetDateTime applicationRequestedAt, boolean applicationForwarded, OffsetDateTime forwardedAt, String outcome) {

	public HelpRecordDraft {
		helpTypes = helpTypes == null ? Set.of() : Set.copyOf(helpTypes);
	}
}
