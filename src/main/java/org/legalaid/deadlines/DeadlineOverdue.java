package org.legalaid.deadlines;

import java.time.Instant;

/** A tracked deadline passed without being met. Published once per timer. */
public record DeadlineOverdue(long timerId, String subjectType, String subjectId, String unitPath, String ruleCode,
		Instant dueAt) {
}
