package org.legalaid.lawyers;

import java.util.Set;

/**
 * Pool membership. APPLIED → ACTIVE on admission against the region's criteria; ACTIVE ↔ SUSPENDED; any → REMOVED.
 * EXPIRED is derived: an ACTIVE membership whose valid-until day has passed counts as expired without a batch job,
 * and a renewal makes it ACTIVE again.
 */
public enum ProviderStatus {
	APPLIED, ACTIVE, SUSPENDED, EXPIRED, REMOVED;

	/** The statuses a membership can move to by hand from this one (EXPIRED is reached by time, left by renewal). */
	public Set<ProviderStatus> next() {
		return switch (this) {
			case APPLIED -> Set.of(ACTIVE, REMOVED);
			case ACTIVE -> Set.of(SUSPENDED, REMOVED);
			case SUSPENDED -> Set.of(ACTIVE, REMOVED);
			case EXPIRED -> Set.of(ACTIVE, REMOVED);
			case REMOVED -> Set.of();
		};
	}

	public String messageKey() {
		return "lawyers.status." + name();
	}
}
