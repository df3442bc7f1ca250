package org.legalaid.duty.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;

import org.legalaid.duty.HelpRecordDraft;
import org.legalaid.duty.HelpStage;
import org.legalaid.duty.HelpType;
import org.legalaid.lawyers.ProviderId;
import org.legalaid.shared.FormValues;

/**
 * The legal-help form as posted. Times are the text of a phone's date-and-time input ({@code 2026-11-23T09:30}), read
 * here so a bad one is named on its field; the lawyer field is posted by centre staff only.
 */
record HelpForm(Long stationUnitId, Long providerId, String helpedAt, HelpStage stage, String personName, String personIdNumber,
		String detentionFacility, String caseNumber, String caseOrgan, Set<HelpType> helpTypes, Boolean pleaLeniency,
		Boolean presentAtSigning, String opinion, String opinionTo, String meetingRequestedAt, String lawyerNotifiedAt, String metAt,
		String applicationRequestedAt, Boolean applicationForwarded, String forwardedAt, String outcome) {

	static HelpForm empty(Long station, LocalDateTime now) {
		return new HelpForm(station, null, now.withSecond(0).withNano(0).toString(), HelpStage.INVESTIGATION, null, null, null, null,
				null, Set.of(), false, false, null, null, null, null, null, null, false, null, null);
	}

	HelpRecordDraft draft(ZoneId zone) {
		return new HelpRecordDraft(stationUnitId, providerId == null ? null : new ProviderId(providerId), FormValues.dateTime("helpedAt", helpedAt, zone),
				stage, personName, personIdNumber, detentionFacility, caseNumber, caseOrgan, helpTypes == null ? Set.of() : helpTypes,
				Boolean.TRUE.equals(pleaLeniency), Boolean.TRUE.equals(presentAtSigning), opinion, opinionTo,
				FormValues.dateTime("meetingRequestedAt", meetingRequestedAt, zone), FormValues.dateTime("lawyerNotifiedAt", lawyerNotifiedAt, zone), FormValues.dateTime("metAt", metAt, zone),
				FormValues.dateTime("applicationRequestedAt", applicationRequestedAt, zone), Boolean.TRUE.equals(applicationForwarded),
				FormValues.dateTime("forwardedAt", forwardedAt, zone), outcome);
	}

	/** Whether a folded section of the form holds an entry, so it opens when the form comes back. */
	public boolean hasOpinion() {
		return notBlank(opinion) || notBlank(opinionTo);
	}

	public boolean hasMeeting() {
		return notBlank(meetingRequestedAt) || notBlank(lawyerNotifiedAt) || notBlank(metAt);
	}

	public boolean hasApplication() {
		return notBlank(applicationRequestedAt) || notBlank(forwardedAt) || Boolean.TRUE.equals(applicationForwarded);
	}

	private static boolean notBlank(String s) {
		return s != null && !s.isBlank();
	}
}
