package org.legalaid.intake;

import java.time.OffsetDateTime;

/**
 * Published in the deciding transaction when an application is granted, or aid is given first (LAL art. 44): a lawyer
 * must now be assigned within the assignment time limit (D6, LAL art. 43), whose timer is {@code assignmentTimerId}.
 * Published once per application: a grant after aid first does not publish again. {@code greenChannel}, received and
 * decided times serve the same-day measure (applied, accepted, approved and assigned on one day).
 */
public record ApplicationGranted(ApplicationId applicationId, String number, long centreId, String unitPath, String regionCode,
		String matterCode, long applicantId, boolean greenChannel, boolean aidFirst, OffsetDateTime receivedAt,
		OffsetDateTime decidedAt, long assignmentTimerId) {
}
