package org.legalaid.objections;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.legalaid.intake.ApplicationId;

/**
 * An objection as lists and pages show it, without the applicant's statement. {@code reviewDueAt} is the end of
 * the review period (D15); {@code decisionDocumentId} the decision letter, once decided. An objection to a
 * termination ({@code against} TERMINATION) names the case ({@code caseId}); {@code applicationNumber} is then the
 * case number and {@code applicationId} the case's application, null for a notified criminal case.
 */
public record Objection(ObjectionId id, ApplicationId applicationId, String applicationNumber, String applicantName,
		long centreId, OffsetDateTime lodgedAt, String receivedBy, ObjectionStatus status, OffsetDateTime reviewDueAt,
		OffsetDateTime decidedAt, String decidedBy, String decisionReasons, Long decisionDocumentId, int version,
		ObjectedDecision against, Long caseId) {

	/** The last day of the review period (it ends at 24:00 of that day). */
	public LocalDate reviewDueOn() {
		return reviewDueAt == null ? null : reviewDueAt.minusNanos(1).toLocalDate();
	}

	/** True while undecided after the review period ended. */
	public boolean overdueAt(OffsetDateTime now) {
		return status.isOpen() && reviewDueAt != null && !now.isBefore(reviewDueAt);
	}
}
