package org.legalaid.wages.web;

import org.legalaid.shared.FormValues;
import org.legalaid.wages.SupervisionDraft;

/** Opening a supervision round: the instruction and, for a paper letter, the day it was issued (as typed). */
record SuperviseForm(String instruction, String issuedOn) {

	static SuperviseForm empty() {
		return new SuperviseForm(null, null);
	}

	SupervisionDraft draft() {
		return new SupervisionDraft(instruction, FormValues.date("issuedOn", issuedOn));
	}
}
