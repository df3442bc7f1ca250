package org.legalaid.eligibility;

/** A person's status in the civil-affairs register on a date. */
public enum AssistanceStatus {
	/** 最低生活保障 (低保). */
	LOW_INCOME,
	/** 特困人员救助供养 (特困). */
	SPECIAL_HARDSHIP,
	/** Neither status on the date, or the person is unknown. */
	NONE;

	public SharingResult asSharingResult() {
		return switch (this) {
			case LOW_INCOME -> SharingResult.LOW_INCOME;
			case SPECIAL_HARDSHIP -> SharingResult.SPECIAL_HARDSHIP;
			case NONE -> SharingResult.NONE;
		};
	}
}
