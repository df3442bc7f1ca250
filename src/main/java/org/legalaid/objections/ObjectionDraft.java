package org.legalaid.objections;

import java.time.LocalDate;

/**
 * An objection as the staff record it: the applicant's statement (personal facts, stored encrypted) and, when it
 * arrived earlier than it is recorded (by post, for example), the day it was received; null means now.
 */
public record ObjectionDraft(String statement, LocalDate receivedOn) {
}
