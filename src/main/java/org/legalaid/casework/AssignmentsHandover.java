package org.legalaid.casework;

import org.legalaid.assignment.Assignments;
import org.legalaid.assignment.CaseSubject;
import org.springframework.stereotype.Component;

/** The handover through the assignment module's API, in the caller's transaction. */
@Component
class AssignmentsHandover implements AssignmentHandover {

	private final Assignments assignments;

	AssignmentsHandover(Assignments assignments) {
		this.assignments = assignments;
	}

	@Override
	public void caseEnded(CaseSubject subject) {
		assignments.caseEnded(subject);
	}

	@Override
	public void resumed(CaseSubject subject) {
		assignments.resumed(subject);
	}

	@Override
	public void reopen(CaseSubject subject, String reason) {
		assignments.reopen(subject, reason);
	}
}
