package org.legalaid.network;

/** People attached to a unit who are not staff accounts. */
public enum PersonRole {
	/** 村（社区）法律援助联络员. */
	LIAISON_OFFICER,
	/** 村（居）法律顾问. */
	LEGAL_ADVISER;

	public String messageKey() {
		return "person.role." + name();
	}
}
