package org.legalaid.casework;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.legalaid.assignment.Assignments;
import org.legalaid.assignment.CaseSubject;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Records what casework tells the assignment module, and passes it on for the subjects the assignment module holds:
 * most casework tests open cases from a LawyerAssigned event of their own, whose subject assignment never saw.
 */
@Component
@Primary
class RecordingHandover implements AssignmentHandover {

	private final AssignmentsHandover real;
	private final Assignments assignments;

	RecordingHandover(AssignmentsHandover real, Assignments assignments) {
		this.real = real;
		this.assignments = assignments;
	}

	record Call(String what, CaseSubject subject, String reason) {
	}

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	@Override
	public void caseEnded(CaseSubject subject) {
		calls.add(new Call("caseEnded", subject, null));
		if (assignments.current(subject).isPresent()) {
			real.caseEnded(subject);
		}
	}

	@Override
	public void resumed(CaseSubject subject) {
		calls.add(new Call("resumed", subject, null));
		if (assignments.current(subject).isPresent()) {
			real.resumed(subject);
		}
	}

	@Override
	public void reopen(CaseSubject subject, String reason) {
		calls.add(new Call("reopen", subject, reason));
		if (assignments.current(subject).isPresent()) {
			real.reopen(subject, reason);
		}
	}

	/** The calls about one subject, in order. */
	List<Call> about(CaseSubject subject) {
		return calls.stream().filter(c -> c.subject().kind() == subject.kind() && c.subject().id() == subject.id()).toList();
	}
}
