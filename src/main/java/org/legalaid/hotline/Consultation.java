package org.legalaid.hotline;

import java.time.OffsetDateTime;
import java.util.Set;

import org.legalaid.people.PersonGroup;

/**
 * A consultation as shown to staff. The question may hold personal facts and is read separately
 * ({@link Consultations#revealQuestion}); the caller's phone is shown masked.
 */
public record Consultation(ConsultationId id, long unitId, String operatorUsername, ConsultationChannel channel,
		String topicCode, Set<PersonGroup> callerGroups, String callerName, String callerPhoneMasked, String answerSummary,
		OffsetDateTime startedAt, int durationSeconds, boolean followUpNeeded, String followUpNote, Integer satisfaction,
		SatisfactionSource satisfactionSource, boolean surveyIssued, OffsetDateTime createdAt, int version) {

	public Consultation {
		callerGroups = Set.copyOf(callerGroups);
	}

	/** The duration as minutes and seconds, e.g. {@code 3:05}. */
	public String durationText() {
		return (durationSeconds / 60) + ":" + String.format("%02d", durationSeconds % 60);
	}
}
