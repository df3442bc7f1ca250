package org.legalaid.hotline;

import java.time.OffsetDateTime;
import java.util.Set;

import org.legalaid.people.PersonGroup;

/**
 * A consultation as entered by the operator. The caller's identity is optional (name, phone); {@code startedAt}
 * defaults to now minus the duration when absent.
 */
public record ConsultationDraft(ConsultationChannel channel, String topicCode, Set<PersonGroup> callerGroups,
		String callerName, String callerPhone, String question, String answerSummary, OffsetDateTime startedAt,
		Integer durationSeconds, boolean followUpNeeded, String followUpNote) {

	public ConsultationDraft {
		callerGroups = callerGroups == null ? Set.of() : Set.copyOf(callerGroups);
	}
}
