package org.legalaid.people;

/** The identity of a registered person. */
public record PersonId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
