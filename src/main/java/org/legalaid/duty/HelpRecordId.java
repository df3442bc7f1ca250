package org.legalaid.duty;

/** Identifies a legal-help record. */
public record HelpRecordId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
