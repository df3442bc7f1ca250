package org.legalaid.deadlines;

import java.time.Instant;

/** A tracked deadline is close to its end (see {@link DeadlineSweep} for when). Published once per timer. */
public record DeadlineDueSoon(long timerId, String subjectType, String subjectId, String unitPath, String ruleCode,
		Instant dueAt) {
}
