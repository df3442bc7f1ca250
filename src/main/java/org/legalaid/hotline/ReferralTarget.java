package org.legalaid.hotline;

import java.util.Set;

/**
 * Where a consultation is referred: a centre's intake, where it becomes an application pre-filled from the
 * consultation; another legal-aid centre (cross-region); or another government hotline (12345 citizens' service,
 * 12333 labour and social security, 12338 women's rights).
 */
public record ReferralTarget(Kind kind, Long unitId, String hotline) {

	public static final Set<String> HOTLINES = Set.of("12345", "12333", "12338");

	public enum Kind {
		INTAKE, CENTRE, HOTLINE;

		/** Whether the target is a centre of the service network. */
		public boolean isUnit() {
			return this != HOTLINE;
		}
	}

	public static ReferralTarget intake(long unitId) {
		return new ReferralTarget(Kind.INTAKE, unitId, null);
	}

	public static ReferralTarget centre(long unitId) {
		return new ReferralTarget(Kind.CENTRE, unitId, null);
	}

	public static ReferralTarget hotline(String number) {
		return new ReferralTarget(Kind.HOTLINE, null, number);
	}
}
