package org.legalaid.defence;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.legalaid.assignment.CaseSubject;
import org.legalaid.people.Sex;

/**
 * A notified person as staff and the notifying agency see it: the ID number masked. {@code dueAt} ends D10;
 * counsel is the provider who accepted the case.
 */
public record Notification(long id, String number, long agencyId, String agencyName, AgencyKind agencyKind,
		long centreId, String unitPath, String regionCode, String caseNumber, Stage stage, LegalReason reason,
		String charge, String personName, String personIdMasked, Sex sex, LocalDate birthDate, String ethnicity,
		String language, String detentionPlace, LocalDate hearingDate, OffsetDateTime receivedAt, Long deadlineTimerId,
		OffsetDateTime dueAt, NotificationStatus status, Long assignmentId, Long counselProviderId, String counselName,
		String counselFirm, String counselPhone, OffsetDateTime counselAt, int version) {

	public CaseSubject subject() {
		return CaseSubject.notification(id, number);
	}

	/** Still without counsel after D10 ended. */
	public boolean overdue(OffsetDateTime now) {
		return status == NotificationStatus.WAITING_FOR_COUNSEL && dueAt != null && !now.isBefore(dueAt);
	}

	/** How long the person has been (or was) without counsel since the notification arrived. */
	public Duration openFor(OffsetDateTime now) {
		return Duration.between(receivedAt, counselAt != null ? counselAt : now);
	}
}
