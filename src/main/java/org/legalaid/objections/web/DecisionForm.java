package org.legalaid.objections.web;

import org.legalaid.objections.ObjectionOutcome;

/** The justice department's decision as posted; {@code confirmed} is the explicit confirmation before deciding. */
record DecisionForm(ObjectionOutcome outcome, String reasons, Boolean confirmed, Integer version) {

	static DecisionForm empty(int version) {
		return new DecisionForm(null, "", false, version);
	}
}
