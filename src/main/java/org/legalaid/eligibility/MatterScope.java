package org.legalaid.eligibility;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** Is the matter in scope for this region on this date, and does the applicant's role fit its route? */
final class MatterScope {

	static final String SCOPE_ARTICLE = "法律援助法第二十二条、第二十四条、第二十九条、第三十一条至第三十三条";

	private MatterScope() {
	}

	static Optional<Matter> find(EligibilityCase c, RegionalRules rules, LocalDate date) {
		return rules.matter(c.matterCode(), date);
	}

	static AppliedRule outOfScope(EligibilityCase c, RegionalRules rules, LocalDate date) {
		return AppliedRule.of("S-SCOPE", SCOPE_ARTICLE, "eligibility.rule.scope.outOfScope", c.matterCode(),
				rules.regionCode(), date);
	}

	static boolean roleFits(MatterCategory category, ApplicantRole role) {
		return switch (category) {
			case CRIMINAL_DEFENCE -> role == ApplicantRole.SUSPECT_OR_DEFENDANT;
			case VICTIM -> Set.of(ApplicantRole.VICTIM, ApplicantRole.PRIVATE_PROSECUTOR, ApplicantRole.CIVIL_PLAINTIFF)
				.contains(role);
			case RETRIAL -> role == ApplicantRole.PETITIONER;
			case STATUTORY, NO_HARDSHIP, REGIONAL -> role == ApplicantRole.CIVIL_OR_ADMIN_PARTY;
		};
	}

	static AppliedRule roleMismatch(Matter m, ApplicantRole role) {
		return AppliedRule.of("S-ROLE", m.article(), "eligibility.rule.scope.roleMismatch", m.code(), role.name());
	}

	/** The route rule of the matter's row (E4–E8, E14). */
	static AppliedRule route(Matter m) {
		return AppliedRule.of(m.category().routeRule(), m.article(), "eligibility.rule.route." + m.category().routeRule(),
				m.code(), m.name());
	}

	/** The route requires that no defender or agent acts yet (arts. 24, 29, 31, 33). */
	static AppliedRule counselPresent(Matter m) {
		return AppliedRule.of(m.category().routeRule(), m.article(), "eligibility.rule.counselPresent", m.code());
	}
}
