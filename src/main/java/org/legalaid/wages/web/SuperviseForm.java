package org.legalaid.wages.web;

import java.time.LocalDate;

import org.legalaid.wages.SupervisionDraft;
import org.springframework.format.annotation.DateTimeFormat;

/** Opening a supervision round: the instruction and, for a paper letter, the day it was issued. */
record SuperviseForm(String instruction, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn) {

	static SuperviseForm empty() {
		return new SuperviseForm(null, null);
	}

	SupervisionDraft draft() {
		return new SupervisionDraft(instruction, issuedOn);
	}
}
