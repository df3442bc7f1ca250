package org.legalaid.wages;

import java.util.List;

/**
 * Where a complaint stands. RECEIVED → REFERRED (by a referral) → ACCEPTED (the receiving side took it on) → RESOLVED;
 * a complaint that cannot be resolved is CLOSED_UNRESOLVED with a note, at any open stage (a complaint withdrawn
 * before referral, an agency declining it, a claim that failed). RESOLVED and CLOSED_UNRESOLVED are final.
 */
public enum ComplaintStatus {
	RECEIVED, REFERRED, ACCEPTED, RESOLVED, CLOSED_UNRESOLVED;

	/** The statuses this one may move to, in the order offered. */
	public List<ComplaintStatus> next() {
		return switch (this) {
			case RECEIVED -> List.of(REFERRED, CLOSED_UNRESOLVED);
			case REFERRED -> List.of(ACCEPTED, CLOSED_UNRESOLVED);
			case ACCEPTED -> List.of(RESOLVED, CLOSED_UNRESOLVED);
			case RESOLVED, CLOSED_UNRESOLVED -> List.of();
		};
	}

	public boolean isOpen() {
		return this != RESOLVED && this != CLOSED_UNRESOLVED;
	}

	/** Whether the complaint is with a centre or an agency, so it can be supervised. */
	public boolean isReferred() {
		return this == REFERRED || this == ACCEPTED;
	}

	/** The moves made on the detail page's status form (a referral has its own form). */
	public List<ComplaintStatus> moves() {
		return next().stream().filter(s -> s != REFERRED).toList();
	}

	public String messageKey() {
		return "wages.status." + name();
	}
}
