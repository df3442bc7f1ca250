package org.legalaid.people;

/** The protected fields of a person that may be revealed in full, one at a time, with an audit record. */
public enum PersonalField {
	DOCUMENT_NUMBER, PHONE, ADDRESS;

	public String messageKey() {
		return "people.field." + name();
	}
}
