package org.legalaid.intake;

import java.time.OffsetDateTime;

/**
 * An application as lists and pages show it: no personal data beyond the applicant's name.
 * {@code reviewDueAt} is the end of the legal review time limit (D4); {@code priority} puts urgent and
 * green-channel applications first.
 */
public record ApplicationSummary(ApplicationId id, String number, String applicantName, long applicantId,
		String matterCode, Channel channel, ApplicationStatus status, OffsetDateTime receivedAt,
		OffsetDateTime reviewDueAt, boolean urgent, boolean greenChannel, Long possibleDuplicateOf, long unitId,
		int version, OffsetDateTime forwardedReceivedAt) {

	/** Forwarded applications must reach the centre within 24 hours of the forwarding organ receiving them (LAL art. 39). */
	public boolean forwardedLate() {
		return forwardedReceivedAt != null && receivedAt.isAfter(forwardedReceivedAt.plusHours(24));
	}

	/** The last day of the review time limit (it ends at 24:00 of that day). */
	public java.time.LocalDate reviewDueOn() {
		return reviewDueAt == null ? null : reviewDueAt.minusNanos(1).toLocalDate();
	}

	/** A refusal can be objected to (LAL art. 49). */
	public boolean objectable() {
		return status == ApplicationStatus.REFUSED;
	}

	public boolean overdueAt(OffsetDateTime now) {
		return status.isOpen() && reviewDueAt != null && !now.isBefore(reviewDueAt);
	}
}
