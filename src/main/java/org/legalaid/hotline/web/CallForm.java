package org.legalaid.hotline.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;

import org.legalaid.hotline.ConsultationChannel;
import org.legalaid.hotline.ConsultationDraft;
import org.legalaid.people.PersonGroup;

/**
 * The operator's call form. {@code startedAtMillis} is set when the empty form is shown (the call starts); the
 * duration is computed from it on saving unless the operator enters one in minutes.
 */
record CallForm(ConsultationChannel channel, String topicCode, Set<PersonGroup> callerGroups, String callerName,
		String callerPhone, String question, String answerSummary, Long startedAtMillis, Integer durationMinutes,
		Boolean followUpNeeded, String followUpNote) {

	static CallForm empty(Instant now) {
		return new CallForm(ConsultationChannel.PHONE_12348, null, Set.of(), null, null, null, null, now.toEpochMilli(), null, false, null);
	}

	ConsultationDraft draft(Instant now, ZoneId zone) {
		OffsetDateTime started = startedAtMillis == null ? null
				: Instant.ofEpochMilli(Math.min(startedAtMillis, now.toEpochMilli())).atZone(zone).toOffsetDateTime();
		Integer seconds = durationMinutes != null ? Integer.valueOf(durationMinutes * 60)
				: started == null ? null : (int) ((now.toEpochMilli() - started.toInstant().toEpochMilli()) / 1000);
		if (durationMinutes != null && started != null) {
			started = now.atZone(zone).toOffsetDateTime().minusSeconds(seconds);
		}
		return new ConsultationDraft(channel, topicCode, callerGroups, callerName, callerPhone, question, answerSummary, started,
				seconds, Boolean.TRUE.equals(followUpNeeded), followUpNote);
	}
}
