package org.legalaid.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The economic-status check (art. 41): the applicant's statement is verified by the information-sharing query or
 * by a personal integrity commitment, then measured against the region's standard (art. 34).
 */
final class HardshipTest {

	static final String ART_41 = "法律援助法第四十一条";
	static final String ART_34 = "法律援助法第三十四条";

	/** Met, failed, or not decidable yet (materials missing, or no standard to measure against). */
	enum Result { MET, FAILED, PENDING, NO_STANDARD }

	record Outcome(Result result, List<AppliedRule> rules, List<String> missing) {
	}

	private HardshipTest() {
	}

	static Outcome run(EligibilityCase c, RegionalRules rules, LocalDate date) {
		List<AppliedRule> applied = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		var ev = c.economy();
		if (!c.materials().contains(Materials.ECONOMIC_STATEMENT)) {
			missing.add(Materials.ECONOMIC_STATEMENT);
		}
		if (ev.sharing().provesHardship()) {
			applied.add(AppliedRule.of("H-SHARING", ART_41, "eligibility.rule.hardship.sharingProves", ev.sharing().name()));
			return new Outcome(Result.MET, applied, missing);
		}
		boolean barred = ev.commitmentBarred() && rules.commitmentBarEnabled();
		boolean verified;
		if (barred) {
			applied.add(AppliedRule.of("H-COMMITMENT-BARRED", ART_41 + "；地方诚信规定", "eligibility.rule.hardship.commitmentBarred"));
			if (ev.sharing() == SharingResult.NONE) {
				applied.add(AppliedRule.of("H-SHARING-NONE", ART_41, "eligibility.rule.hardship.sharingNone"));
				verified = c.materials().contains(Materials.ECONOMIC_PROOF);
				if (!verified) {
					missing.add(Materials.ECONOMIC_PROOF);
				}
			}
			else {
				applied.add(AppliedRule.of("H-SHARING-REQUIRED", ART_41, "eligibility.rule.hardship.sharingRequired"));
				missing.add(Materials.SHARING_AUTHORISATION);
				verified = false;
			}
		}
		else if (ev.commitmentPresent()) {
			SignatureKind sig = ev.commitmentSignature() == null ? SignatureKind.SELF : ev.commitmentSignature();
			applied.add(AppliedRule.of("H-COMMITMENT", ART_41, "eligibility.rule.hardship.commitment", sig.name()));
			verified = true;
		}
		else {
			if (ev.sharing() == SharingResult.NONE) {
				applied.add(AppliedRule.of("H-SHARING-NONE", ART_41, "eligibility.rule.hardship.sharingNone"));
			}
			applied.add(AppliedRule.of("H-UNVERIFIED", ART_41, "eligibility.rule.hardship.unverified"));
			missing.add(Materials.INTEGRITY_COMMITMENT);
			verified = false;
		}
		if (!verified || !missing.isEmpty()) {
			return new Outcome(Result.PENDING, applied, missing);
		}
		return standard(c, rules, date, applied, missing);
	}

	private static Outcome standard(EligibilityCase c, RegionalRules rules, LocalDate date, List<AppliedRule> applied,
			List<String> missing) {
		Optional<HardshipStandard> standard = rules.hardshipStandard(date);
		if (standard.isEmpty()) {
			applied.add(AppliedRule.of("H-NO-STANDARD", ART_34, "eligibility.rule.hardship.noStandard", rules.regionCode(), date));
			return new Outcome(Result.NO_STANDARD, applied, missing);
		}
		var p = c.person();
		if (p.householdSize() < 1 || p.monthlyHouseholdIncomeFen() < 0) {
			missing.add(Materials.ECONOMIC_STATEMENT);
			applied.add(AppliedRule.of("H-STATEMENT-INCOMPLETE", ART_41, "eligibility.rule.hardship.statementIncomplete"));
			return new Outcome(Result.PENDING, applied, missing);
		}
		HardshipStandard s = standard.get();
		long limitForHousehold = s.monthlyLimitFen() * p.householdSize();
		String perMember = yuan(BigDecimal.valueOf(p.monthlyHouseholdIncomeFen())
			.divide(BigDecimal.valueOf(p.householdSize()), 0, java.math.RoundingMode.HALF_UP).longValueExact());
		String limit = yuan(s.monthlyLimitFen());
		if (p.monthlyHouseholdIncomeFen() <= limitForHousehold) {
			applied.add(AppliedRule.of("H-STANDARD", ART_34, "eligibility.rule.hardship.met", perMember, limit, s.basis()));
			return new Outcome(Result.MET, applied, missing);
		}
		applied.add(AppliedRule.of("H-STANDARD", ART_34, "eligibility.rule.hardship.failed", perMember, limit, s.basis()));
		return new Outcome(Result.FAILED, applied, missing);
	}

	static String yuan(long fen) {
		return BigDecimal.valueOf(fen, 2).toPlainString();
	}
}
