package org.legalaid.hotline;

import java.util.Set;

/**
 * Where a referral stands. REFERRED → ACCEPTED or RETURNED; ACCEPTED → RESOLVED or RETURNED; RESOLVED and RETURNED
 * are final.
 */
public enum ReferralStatus {
	REFERRED, ACCEPTED, RESOLVED, RETURNED;

	public Set<ReferralStatus> next() {
		return switch (this) {
			case REFERRED -> Set.of(ACCEPTED, RETURNED);
			case ACCEPTED -> Set.of(RESOLVED, RETURNED);
			case RESOLVED, RETURNED -> Set.of();
		};
	}

	public boolean isOpen() {
		return this == REFERRED || this == ACCEPTED;
	}

	public String messageKey() {
		return "hotline.referral.status." + name();
	}
}
