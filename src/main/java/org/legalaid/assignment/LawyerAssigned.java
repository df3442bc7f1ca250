package org.legalaid.assignment;

import java.time.OffsetDateTime;

/**
 * Published in the accepting transaction when the assigned provider accepts a case: the case is now theirs, and
 * casework follows it. {@code reassignment} is true when another provider held the case before.
 *
 * @param assignmentId the accepted assignment
 * @param providerId the lawyer pool's provider id
 * @param providerAccount the provider's staff account username, if they have one (their workspace), else null
 * @param unitPath the owning centre's unit path (data scope)
 * @param regionCode the case's division code
 */
public record LawyerAssigned(long assignmentId, CaseSubject subject, long providerId, String providerName,
		String providerAccount, long organisationId, String organisationName, long centreId, String unitPath,
		String regionCode, String matterCode, OffsetDateTime assignedAt, OffsetDateTime acceptedAt, boolean reassignment) {
}
