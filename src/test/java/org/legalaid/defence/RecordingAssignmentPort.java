package org.legalaid.defence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.legalaid.assignment.CaseSubject;

/** Plays assignment in tests: records what was opened, answers the state a test sets. */
class RecordingAssignmentPort implements AssignmentPort {

	final List<Request> opened = new CopyOnWriteArrayList<>();
	final Map<Long, State> states = new ConcurrentHashMap<>();

	@Override
	public long open(Request request) {
		opened.add(request);
		return 500_000 + request.subject().id();
	}

	@Override
	public Optional<State> current(CaseSubject subject) {
		return Optional.ofNullable(states.get(subject.id()));
	}

	Request openedFor(long notificationId) {
		return opened.stream().filter(r -> r.subject().id() == notificationId).findFirst().orElseThrow();
	}
}
