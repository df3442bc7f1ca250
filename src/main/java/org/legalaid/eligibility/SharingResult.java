package org.legalaid.eligibility;

/** The result of the information-sharing check for the application. */
public enum SharingResult {
	/** Not queried (yet). */
	NOT_QUERIED,
	/** The person has not signed the authorisation for the query. */
	NOT_AUTHORISED,
	/** Minimum living allowance (低保) on the date. */
	LOW_INCOME,
	/** Special-hardship support (特困) on the date. */
	SPECIAL_HARDSHIP,
	/** Queried: neither status on the date. */
	NONE;

	public boolean provesHardship() {
		return this == LOW_INCOME || this == SPECIAL_HARDSHIP;
	}
}
