package org.legalaid.hotline.web;

import org.legalaid.hotline.ReferralTarget;

/** Referring a consultation: to a hotline by number, or to a centre by its unit id, with their reference. */
record ReferralForm(ReferralTarget.Kind kind, String hotline, Long centreId, String reference) {

	static ReferralForm empty() {
		return new ReferralForm(ReferralTarget.Kind.HOTLINE, "12333", null, null);
	}

	ReferralTarget target() {
		if (kind == ReferralTarget.Kind.CENTRE) {
			return new ReferralTarget(kind, centreId, null);
		}
		return new ReferralTarget(kind, null, hotline);
	}
}
