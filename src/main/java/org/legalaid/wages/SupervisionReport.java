package org.legalaid.wages;

import java.time.OffsetDateTime;

/** A reply or progress report on a supervision round: when, who, what. */
public record SupervisionReport(OffsetDateTime at, String by, String text) {
}
