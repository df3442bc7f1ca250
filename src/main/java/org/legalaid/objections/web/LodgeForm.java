package org.legalaid.objections.web;

import java.time.LocalDate;

import org.legalaid.objections.ObjectionDraft;

/**
 * The form recording an objection against a refused application or a terminated case ({@code caseId}): the
 * statement and, if earlier than today, the day it was received.
 */
record LodgeForm(Long application, Long caseId, String statement, LocalDate receivedOn) {

	static LodgeForm empty(Long application, Long caseId) {
		return new LodgeForm(application, caseId, "", null);
	}

	ObjectionDraft draft() {
		return new ObjectionDraft(statement, receivedOn);
	}
}
