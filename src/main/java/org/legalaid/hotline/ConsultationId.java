package org.legalaid.hotline;

/** The id of a consultation record. */
public record ConsultationId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
