package org.legalaid.casework;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.legalaid.assignment.CaseSubject;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/** Records what casework tells the assignment module, in place of the assignment module in tests. */
@Component
@Primary
class RecordingHandover implements AssignmentHandover {

	record Call(String what, CaseSubject subject, String reason) {
	}

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	@Override
	public void caseEnded(CaseSubject subject) {
		calls.add(new Call("caseEnded", subject, null));
	}

	@Override
	public void reopen(CaseSubject subject, String reason) {
		calls.add(new Call("reopen", subject, reason));
	}

	/** The calls about one subject, in order. */
	List<Call> about(CaseSubject subject) {
		return calls.stream().filter(c -> c.subject().kind() == subject.kind() && c.subject().id() == subject.id()).toList();
	}
}
