package org.legalaid.objections.web;

import java.time.LocalDate;

import org.legalaid.objections.ObjectionDraft;

/** The form recording an objection: the applicant's statement and, if earlier than today, the day it was received. */
record LodgeForm(long application, String statement, LocalDate receivedOn) {

	static LodgeForm empty(long application) {
		return new LodgeForm(application, "", null);
	}

	ObjectionDraft draft() {
		return new ObjectionDraft(statement, receivedOn);
	}
}
