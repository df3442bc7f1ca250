package org.legalaid.wages;

/**
 * Where a complaint is referred: a legal-aid centre (by its unit id), whose staff then see and handle the
 * complaint, or a labour inspection agency (劳动保障监察) outside the platform, named in free text. The reference is
 * the receiving side's number for it, when known.
 */
public record ReferralTarget(Kind kind, Long centreId, String agencyName, String reference) {

	public enum Kind {
		CENTRE, LABOUR_INSPECTION;

		public String messageKey() {
			return "wages.referral.kind." + name();
		}
	}

	public static ReferralTarget centre(long unitId, String reference) {
		return new ReferralTarget(Kind.CENTRE, unitId, null, reference);
	}

	public static ReferralTarget labourInspection(String agencyName, String reference) {
		return new ReferralTarget(Kind.LABOUR_INSPECTION, null, agencyName, reference);
	}
}
