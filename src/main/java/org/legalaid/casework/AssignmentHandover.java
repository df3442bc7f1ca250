package org.legalaid.casework;

import org.legalaid.assignment.CaseSubject;

/**
 * What casework tells the assignment module: the case is over, or its provider left it. The one place casework
 * reaches into assignment ({@link AssignmentsHandover}).
 */
interface AssignmentHandover {

	/** The case was concluded or terminated: the provider's workload is released. */
	void caseEnded(CaseSubject subject);

	/** A terminated case goes on (the termination was revoked): the provider holds it again. */
	void resumed(CaseSubject subject);

	/** The provider withdrew or was replaced: the case goes back to be assigned again, with the reason. */
	void reopen(CaseSubject subject, String reason);
}
