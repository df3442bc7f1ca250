package org.legalaid.wages;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A supervision round (督办) on a referred complaint: the supervisor's instruction, the reply deadline from rule W1
 * (tracked by a deadlines timer, whose due-soon and overdue alerts are the reminders), and the replies and progress
 * reports received. The first report answers the round; the round stays open until superseded or the complaint closes.
 */
public record Supervision(SupervisionId id, ComplaintId complaintId, int round, String instruction, LocalDate issuedOn,
		String openedBy, OffsetDateTime openedAt, long timerId, OffsetDateTime dueAt, OffsetDateTime dueSoonAt,
		SupervisionStatus status, OffsetDateTime answeredAt, OffsetDateTime closedAt, List<SupervisionReport> reports) {

	public Supervision {
		reports = List.copyOf(reports);
	}

	/** How the round stands at {@code now}; a closed or superseded round needs no reminder. */
	public Reminder reminderAt(OffsetDateTime now) {
		return status == SupervisionStatus.OPEN ? Reminder.of(dueAt, dueSoonAt, answeredAt, now) : Reminder.NONE;
	}

	/** The reply came after the deadline, or has not come and the deadline passed (before the round ended). */
	public boolean lateAt(OffsetDateTime now) {
		OffsetDateTime end = answeredAt != null ? answeredAt : closedAt != null ? closedAt : now;
		return dueAt != null && !end.isBefore(dueAt);
	}

	/** The last day for the reply. */
	public java.time.LocalDate dueOn() {
		return ChinaTime.lastDay(dueAt);
	}

	public boolean open() {
		return status == SupervisionStatus.OPEN;
	}
}
