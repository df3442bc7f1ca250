package org.legalaid.objections;

import java.io.Serializable;

/** The identity of an objection. */
public record ObjectionId(long value) implements Serializable {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
