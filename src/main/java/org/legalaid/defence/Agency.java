package org.legalaid.defence;

import java.time.OffsetDateTime;

/**
 * A partner agency as staff see it: bound to the legal-aid centre it notifies ({@code unitPath} is that centre's
 * path), and optionally to the network workstation at the agency. The API key itself is never stored, only its hash;
 * {@code keyId} is the key's public part.
 */
public record Agency(long id, AgencyKind kind, String name, long centreId, String centreName, String unitPath,
		String regionCode, Long stationUnitId, String stationName, String keyId, OffsetDateTime keyIssuedAt, boolean active, int version) {
}
