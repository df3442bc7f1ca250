package org.legalaid.casework;

import java.io.Serializable;

/** The identity of a case. */
public record CaseId(long value) implements Serializable {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
