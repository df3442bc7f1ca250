package org.legalaid.wages;

import java.time.LocalDate;

/**
 * Opening a supervision round: the supervisor's instruction (督办意见) and, for a supervision letter issued on paper
 * before it is entered, the day it was issued (today when absent); the reply deadline runs from that day.
 */
public record SupervisionDraft(String instruction, LocalDate issuedOn) {
}
