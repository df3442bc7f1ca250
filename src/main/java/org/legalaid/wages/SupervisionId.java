package org.legalaid.wages;

/** The id of a supervision round. */
public record SupervisionId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
