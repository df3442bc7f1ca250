package org.legalaid.eligibility;

/** Where the applicant confirmed the integrity commitment. */
public enum CommitmentChannel {
	IN_PERSON, PHONE_12348, WEB, MOBILE, MAIL, KIOSK, HOME_VISIT, DETENTION_FORWARD;

	public String messageKey() {
		return "eligibility.channel." + name();
	}
}
