package org.legalaid.duty;

/** Identifies a duty shift. */
public record ShiftId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
