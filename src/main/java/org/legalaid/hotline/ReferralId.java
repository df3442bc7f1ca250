package org.legalaid.hotline;

/** The id of a referral. */
public record ReferralId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
