package org.legalaid.defence;

import java.time.OffsetDateTime;

/** A callback subscription of an agency. The secret is never shown again after it was issued. */
public record Subscription(long id, long agencyId, String url, boolean active, OffsetDateTime createdAt) {
}
