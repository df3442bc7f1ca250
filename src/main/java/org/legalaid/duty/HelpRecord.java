package org.legalaid.duty;

import java.time.OffsetDateTime;
import java.util.Set;

import org.legalaid.lawyers.ProviderId;

/**
 * One legal-help event (legal-aid-rules.md §8.3) as staff see it: the person's ID number masked. {@code shiftId} is
 * null for help given on call. {@code notifyDueAt} is when the detention centre had to notify the duty lawyer of the
 * person's meeting request (D14); {@code forwardDueAt} when the application had to be forwarded (D2).
 */
public record HelpRecord(HelpRecordId id, long stationUnitId, String stationName, ShiftId shiftId, ProviderId providerId,
		String providerName, OffsetDateTime helpedAt, HelpStage stage, String personName, String personIdMasked,
		String detentionFacility, String caseNumber, String caseOrgan, Set<HelpType> helpTypes, boolean pleaLeniency,
		Boolean presentAtSigning, String opinion, String opinionTo, OffsetDateTime meetingRequestedAt,
		OffsetDateTime lawyerNotifiedAt, OffsetDateTime notifyDueAt, OffsetDateTime metAt, OffsetDateTime applicationRequestedAt,
		boolean applicationForwarded, OffsetDateTime forwardedAt, OffsetDateTime forwardDueAt, String outcome, String recordedBy,
		OffsetDateTime createdAt, int version) {

	public HelpRecord {
		helpTypes = Set.copyOf(helpTypes);
	}

	public boolean onCall() {
		return shiftId == null;
	}

	/** D14: the detention centre notified the duty lawyer later than 24 hours after the person's request. */
	public boolean notifiedLate() {
		return lawyerNotifiedAt != null && notifyDueAt != null && !lawyerNotifiedAt.isBefore(notifyDueAt);
	}

	/** D2: the application was forwarded later than 24 hours after the request. */
	public boolean forwardedLate() {
		return applicationForwarded && forwardDueAt != null && !forwardedAt.isBefore(forwardDueAt);
	}

	/** An application was asked for and is still to be forwarded. */
	public boolean forwardPending() {
		return applicationRequestedAt != null && !applicationForwarded;
	}

	/** D2 has run out on an application not yet forwarded. */
	public boolean forwardOverdue(OffsetDateTime now) {
		return forwardPending() && forwardDueAt != null && !now.isBefore(forwardDueAt);
	}

	/** Any D2 or D14 lateness, for the list's flag. */
	public boolean late(OffsetDateTime now) {
		return notifiedLate() || forwardedLate() || forwardOverdue(now);
	}

	public boolean has(HelpType type) {
		return helpTypes.contains(type);
	}
}
