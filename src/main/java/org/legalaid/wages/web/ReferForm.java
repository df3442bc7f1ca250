package org.legalaid.wages.web;

import org.legalaid.wages.ReferralTarget;

/** Referring a complaint to a centre chosen from the list, or to a labour inspection agency named in full. */
record ReferForm(ReferralTarget.Kind kind, Long centreId, String agencyName, String reference, Integer version) {

	static ReferForm empty(int version) {
		return new ReferForm(ReferralTarget.Kind.CENTRE, null, null, null, version);
	}

	ReferralTarget target() {
		return kind == ReferralTarget.Kind.LABOUR_INSPECTION ? ReferralTarget.labourInspection(agencyName, reference)
				: new ReferralTarget(kind, centreId, null, reference);
	}
}
