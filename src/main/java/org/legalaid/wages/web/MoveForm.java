package org.legalaid.wages.web;

import org.legalaid.wages.ComplaintStatus;

/** Moving a complaint on, with a note and, on acceptance, the receiving side's reference. */
record MoveForm(ComplaintStatus status, String note, String reference, Integer version) {

	static MoveForm empty(int version) {
		return new MoveForm(null, null, null, version);
	}
}
