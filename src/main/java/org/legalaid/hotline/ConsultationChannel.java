package org.legalaid.hotline;

/** Where a consultation took place. */
public enum ConsultationChannel {
	PHONE_12348, ONLINE, WALK_IN, WORKSTATION, OUTREACH;

	public String messageKey() {
		return "hotline.channel." + name();
	}
}
