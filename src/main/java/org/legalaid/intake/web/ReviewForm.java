package org.legalaid.intake.web;

import java.math.BigDecimal;

import org.legalaid.eligibility.ApplicantRole;
import org.legalaid.eligibility.MigrantClaim;
import org.legalaid.eligibility.SignatureKind;
import org.legalaid.intake.ReviewInput;

/** The review form as posted. */
record ReviewForm(ApplicantRole role, Boolean hasCounsel, Boolean otherReasonForNoDefender, Integer householdSize,
		BigDecimal monthlyHouseholdIncome, Boolean noFixedLivelihood, MigrantClaim migrantClaim, Boolean commitmentSigned,
		SignatureKind commitmentSignature, String proxyName, Integer daysToLimitationExpiry, Boolean preservationNeeded) {

	static ReviewForm empty() {
		return new ReviewForm(ApplicantRole.CIVIL_OR_ADMIN_PARTY, false, false, 1, BigDecimal.ZERO, false, MigrantClaim.NONE,
				true, SignatureKind.SELF, "", null, false);
	}

	ReviewInput input() {
		return new ReviewInput(role, Boolean.TRUE.equals(hasCounsel), Boolean.TRUE.equals(otherReasonForNoDefender),
				householdSize == null ? 0 : householdSize, monthlyHouseholdIncome, Boolean.TRUE.equals(noFixedLivelihood),
				migrantClaim, Boolean.TRUE.equals(commitmentSigned), commitmentSignature, proxyName, daysToLimitationExpiry,
				Boolean.TRUE.equals(preservationNeeded));
	}
}
