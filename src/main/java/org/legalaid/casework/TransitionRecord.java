package org.legalaid.casework;

import java.time.OffsetDateTime;

/** One recorded move of a case: which, from and to which state, when, by whom and why. */
public record TransitionRecord(CaseTransition transition, CaseStatus from, CaseStatus to, OffsetDateTime at, String actor,
		String reason) {
}
