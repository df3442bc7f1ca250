package org.legalaid.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.legalaid.assignment.CaseSubject;

/**
 * A case as lists and pages show it. {@code recipientName} is known for application-based cases; the outcome fields
 * are set when the case is concluded, the termination fields when it is terminated, {@code archiveNumber} when the
 * closing is accepted.
 */
public record AidCase(CaseId id, String number, CaseSubject subject, String recipientName, long providerId,
		String providerName, String providerAccount, String organisationName, long centreId, String unitPath,
		String regionCode, String matterCode, CaseStatus status, OffsetDateTime openedAt, boolean major, String majorReason,
		LocalDate closingDate, Outcome outcome, String terminationGround, String terminationReasons,
		Long terminationDocumentId, String handlingReport, String archiveNumber, int version) {

	/** Who the case is for: the recipient's name, or the notification's number when no name is recorded. */
	public String recipientLabel() {
		return recipientName != null ? recipientName : subject.number();
	}

	public boolean terminated() {
		return terminationGround != null;
	}

	/**
	 * The result of a concluded case. {@code personsAssisted} counts every recipient: a group case of 64 migrant
	 * workers counts 64.
	 */
	public record Outcome(ResultType resultType, BigDecimal amountAwarded, BigDecimal amountRecovered, int personsAssisted,
			String summary) {
	}
}
