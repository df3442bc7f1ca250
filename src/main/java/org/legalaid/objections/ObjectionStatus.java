package org.legalaid.objections;

/** Where an objection stands (legal-aid-rules.md §7.2). */
public enum ObjectionStatus {
	/** Received and under review by the justice department; the review period (D15) runs. */
	LODGED,
	/** 维持法律援助机构决定: the refusal stands; the applicant may seek reconsideration or sue. */
	UPHELD,
	/** 责令法律援助机构改正: the centre reviews the application again. */
	CORRECTION_ORDERED;

	public boolean isOpen() {
		return this == LODGED;
	}

	public String messageKey() {
		return "objection.status." + name();
	}
}
