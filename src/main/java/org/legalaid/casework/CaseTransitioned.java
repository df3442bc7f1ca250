package org.legalaid.casework;

import java.time.OffsetDateTime;

import org.legalaid.assignment.CaseSubject;

/**
 * Published in the transaction of every move of a case, for statistics and quality. {@code from} is null when the
 * case was opened.
 */
public record CaseTransitioned(CaseId caseId, String caseNumber, CaseSubject subject, CaseTransition transition,
		CaseStatus from, CaseStatus to, OffsetDateTime at, String actor, String reason, String unitPath, String regionCode,
		String matterCode) {
}
