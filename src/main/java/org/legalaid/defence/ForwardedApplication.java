package org.legalaid.defence;

import java.time.OffsetDateTime;

/**
 * A detainee's application forwarded through the API, as the forwarding agency follows it: the intake application's
 * number and status, when the detention centre received it and when it reached the centre (D1: within 24 hours).
 */
public record ForwardedApplication(long applicationId, String number, String status, OffsetDateTime forwardedReceivedAt,
		OffsetDateTime receivedAt, boolean forwardedLate) {
}
