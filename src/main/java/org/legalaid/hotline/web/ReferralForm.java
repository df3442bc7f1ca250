package org.legalaid.hotline.web;

import org.legalaid.hotline.ReferralTarget;

/** Referring a consultation: to a centre's intake or another centre (picked from a list), or to a hotline by number. */
record ReferralForm(ReferralTarget.Kind kind, String hotline, Long centreId, String reference) {

	static ReferralForm empty() {
		return new ReferralForm(ReferralTarget.Kind.INTAKE, "12333", null, null);
	}

	ReferralTarget target() {
		if (kind != null && kind.isUnit()) {
			return new ReferralTarget(kind, centreId, null);
		}
		return new ReferralTarget(kind, null, hotline);
	}
}
