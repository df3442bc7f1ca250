package org.legalaid.wages;

import java.time.OffsetDateTime;

/** One change of a complaint's status: when, by whom, from and to, with the note given. */
public record ComplaintEvent(OffsetDateTime at, String by, ComplaintStatus from, ComplaintStatus to, String note) {
}
