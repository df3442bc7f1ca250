package org.legalaid.wages;

/** The id of an unpaid-wage complaint. */
public record ComplaintId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
