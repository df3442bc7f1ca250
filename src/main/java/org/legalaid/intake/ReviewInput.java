package org.legalaid.intake;

import java.math.BigDecimal;

import org.legalaid.eligibility.ApplicantRole;
import org.legalaid.eligibility.MigrantClaim;
import org.legalaid.eligibility.SignatureKind;

/**
 * What the reviewer establishes beyond the application itself: the applicant's role in the matter, counsel,
 * household and income (yuan a month), the integrity commitment and how it was signed, the migrant worker's claim,
 * and urgency (days before a limitation period ends, preservation needed).
 */
public record ReviewInput(ApplicantRole role, boolean hasCounsel, boolean otherReasonForNoDefender, int householdSize,
		BigDecimal monthlyHouseholdIncome, boolean noFixedLivelihood, MigrantClaim migrantClaim, boolean commitmentSigned,
		SignatureKind commitmentSignature, String proxyName, Integer daysToLimitationExpiry, boolean preservationNeeded) {
}
