package org.legalaid.assignment;

import org.legalaid.deadlines.DeadlineOverdue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An offer not answered within the reply time limit (rule A1) lapses when the deadline sweep finds it overdue. */
@Component
class OfferTimeouts {

	private final Assignments assignments;

	OfferTimeouts(Assignments assignments) {
		this.assignments = assignments;
	}

	@EventListener
	void on(DeadlineOverdue overdue) {
		if (Assignments.OFFER_RECORD.equals(overdue.subjectType()) && Assignments.REPLY_RULE.equals(overdue.ruleCode())) {
			assignments.lapse(Long.parseLong(overdue.subjectId()));
		}
	}
}
