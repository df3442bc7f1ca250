package org.legalaid.lawyers;

/** Identifies an undertaking organisation. */
public record OrganisationId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
