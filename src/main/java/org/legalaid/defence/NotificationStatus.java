package org.legalaid.defence;

/** Where a notified case stands for the notifying agency (legal-aid-rules.md §5.4). */
public enum NotificationStatus {
	/** 收到通知: D10 runs, the case waits to be assigned. */
	WAITING_FOR_COUNSEL,
	/** A lawyer accepted the case; the agency is told through the API and its callbacks. */
	COUNSEL_ASSIGNED;

	public String messageKey() {
		return "defence.status." + name();
	}
}
