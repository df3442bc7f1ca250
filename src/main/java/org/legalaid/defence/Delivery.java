package org.legalaid.defence;

import java.time.OffsetDateTime;
import java.util.List;

/** One event to deliver to one subscription, with every attempt made so far. */
public record Delivery(long id, long subscriptionId, long agencyId, String url, String eventType, Long notificationId,
		String status, int attempts, OffsetDateTime nextAttemptAt, OffsetDateTime createdAt, List<Attempt> log) {

	/** One attempt: when, the HTTP status code received (null if none), the error if any. */
	public record Attempt(OffsetDateTime at, Integer statusCode, String error) {
	}
}
