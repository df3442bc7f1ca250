package org.legalaid.intake;

import java.io.Serializable;

/** The identity of an application. */
public record ApplicationId(long value) implements Serializable {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
