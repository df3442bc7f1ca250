package org.legalaid.intake;

import org.legalaid.eligibility.StoredDecision;

/** What a review did: the decision with its applied rules, and the status the application moved to. */
public record ReviewResult(StoredDecision decision, ApplicationStatus status, Long documentId) {
}
