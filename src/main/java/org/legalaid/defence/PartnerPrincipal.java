package org.legalaid.defence;

import java.io.Serial;
import java.io.Serializable;

import org.legalaid.shared.ActingPrincipal;
import org.legalaid.shared.Actor;

/**
 * A partner agency authenticated by its API key. Its actor carries the notified centre's unit path (the data scope its
 * records live in) and no staff role; every read of the partner API is further limited to the agency's own rows.
 */
record PartnerPrincipal(long agencyId, AgencyKind kind, String name, Long stationUnitId, Actor actor)
		implements ActingPrincipal, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static String username(long agencyId) {
		return "agency:" + agencyId;
	}
}
