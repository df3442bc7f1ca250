package org.legalaid.wages;

import java.time.OffsetDateTime;

/**
 * How a complaint's open supervision round stands against its reply deadline: not supervised, waiting for the
 * reply, due soon, overdue, or answered (the reply came; the round stays open until the complaint is closed).
 */
public enum Reminder {
	NONE, WAITING, DUE_SOON, OVERDUE, ANSWERED;

	static Reminder of(OffsetDateTime dueAt, OffsetDateTime dueSoonAt, OffsetDateTime answeredAt, OffsetDateTime now) {
		if (dueAt == null) {
			return NONE;
		}
		if (answeredAt != null) {
			return ANSWERED;
		}
		if (!now.isBefore(dueAt)) {
			return OVERDUE;
		}
		return dueSoonAt != null && !now.isBefore(dueSoonAt) ? DUE_SOON : WAITING;
	}

	/** Needs attention: shown with a warning sign besides the text. */
	public boolean urgent() {
		return this == DUE_SOON || this == OVERDUE;
	}

	public String messageKey() {
		return "wages.reminder." + name();
	}
}
