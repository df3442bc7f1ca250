package org.legalaid.lawyers;

/** The orders of the provider list. */
public enum ProviderSort {
	NAME("p.name, p.id"),
	LICENCE("p.licence_number, p.id"),
	ORGANISATION("o.name, p.name, p.id"),
	STATUS("p.status, p.name, p.id"),
	VALID_UNTIL("p.valid_until, p.id"),
	PRACTICE("p.first_practice_date, p.id"),
	OPEN_CASES("p.open_cases DESC, p.id");

	private final String orderBy;

	ProviderSort(String orderBy) {
		this.orderBy = orderBy;
	}

	String orderBy() {
		return orderBy;
	}

	public String messageKey() {
		return "lawyers.sort." + name();
	}
}
