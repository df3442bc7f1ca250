package org.legalaid.people;

/** Sex as recorded on the identity document (GB 11643: the 17th digit, odd = male, even = female). */
public enum Sex {
	MALE, FEMALE;

	public String messageKey() {
		return "people.sex." + name();
	}
}
