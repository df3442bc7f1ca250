package org.legalaid.lawyers;

/** Identifies an aid provider in the pool. */
public record ProviderId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
