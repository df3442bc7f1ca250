package org.legalaid.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The decision table of legal-aid-rules.md §4.2 as one pure function: no clock, no database. Given a case and the
 * region's rules, it returns the outcome and every rule and article it applied.
 *
 * <p>Order: E1 notification grounds (not an application); scope (matter in force in the region, role fits); the
 * route row (E4–E8, E14) and its "no counsel yet" condition; then, where hardship is a condition (not art. 32, not
 * art. 24 "other reasons"), an art. 42 or regional exemption, else the art. 41 check and the region's standard;
 * then materials, all missing ones at once; art. 44 aid first; E12 foreigners go to a person.
 */
public final class EligibilityPolicy {

	static final String ART_24_OTHER = "法律援助法第二十四条";
	static final String ART_25 = "法律援助法第二十五条第一款、第二十六条、第三十六条";
	static final String ART_69 = "法律援助法第六十九条";
	static final String ART_43 = "法律援助法第四十三条";

	private EligibilityPolicy() {
	}

	public static EligibilityDecision decide(EligibilityCase c, RegionalRules rules, LocalDate date) {
		List<AppliedRule> applied = new ArrayList<>();
		Optional<Matter> found = MatterScope.find(c, rules, date);
		if (found.isEmpty()) {
			applied.add(MatterScope.outOfScope(c, rules, date));
			return refused("S-SCOPE", applied);
		}
		Matter matter = found.get();
		if (matter.category() == MatterCategory.CRIMINAL_DEFENCE && c.role() == ApplicantRole.SUSPECT_OR_DEFENDANT
				&& !c.hasCounsel() && c.notificationGround() != NotificationGround.NONE) {
			applied.add(AppliedRule.of("E1", ART_25, "eligibility.rule.E1.notification", c.notificationGround().name()));
			return new EligibilityDecision(Outcome.NOTIFICATION_ROUTE, "E1", false, false, false, applied, List.of());
		}
		if (!MatterScope.roleFits(matter.category(), c.role())) {
			applied.add(MatterScope.roleMismatch(matter, c.role()));
			return refused("S-ROLE", applied);
		}
		String route = matter.category().routeRule();
		if (c.hasCounsel()) {
			applied.add(MatterScope.counselPresent(matter));
			return refused(route, applied);
		}
		applied.add(MatterScope.route(matter));

		Set<String> missing = new LinkedHashSet<>();
		for (String code : rules.requiredMaterials(c.matterCode())) {
			if (!c.materials().contains(code)) {
				missing.add(code);
			}
		}
		if (c.appliedByAgent() && !c.materials().contains(Materials.AGENT_AUTHORITY)) {
			missing.add(Materials.AGENT_AUTHORITY);
		}

		boolean hardshipRequired = matter.hardshipRequired();
		if (hardshipRequired && matter.category() == MatterCategory.CRIMINAL_DEFENCE && c.otherReasonForNoDefender()) {
			applied.add(AppliedRule.of("E4", ART_24_OTHER, "eligibility.rule.E4.otherReason"));
			hardshipRequired = false;
		}
		if (!matter.hardshipRequired()) {
			applied.add(AppliedRule.of("E8", matter.article(), "eligibility.rule.noHardshipCondition", matter.code()));
		}

		boolean checkRequired = false;
		HardshipTest.Result hardship = HardshipTest.Result.MET;
		if (hardshipRequired) {
			Optional<Exemption> exemption = CheckExemption.first(c.person(), rules, date);
			if (exemption.isPresent()) {
				applied.add(CheckExemption.applied(exemption.get()));
				if (!c.materials().contains(Materials.EXEMPTION_PROOF)) {
					missing.add(Materials.EXEMPTION_PROOF);
				}
			}
			else {
				checkRequired = true;
				HardshipTest.Outcome test = HardshipTest.run(c, rules, date);
				applied.addAll(test.rules());
				missing.addAll(test.missing());
				hardship = test.result();
			}
		}

		List<String> missingList = Materials.ORDER.stream().filter(missing::contains).toList();
		List<String> others = missing.stream().filter(m -> !Materials.ORDER.contains(m)).sorted().toList();
		missingList = java.util.stream.Stream.concat(missingList.stream(), others.stream()).toList();

		Outcome outcome;
		if (!missingList.isEmpty()) {
			applied.add(AppliedRule.of("S-MATERIALS", ART_43, "eligibility.rule.materials.missing", String.join("、", missingList)));
			outcome = Outcome.NEED_MORE_MATERIALS;
		}
		else if (hardship == HardshipTest.Result.FAILED) {
			outcome = Outcome.REFUSE;
		}
		else if (hardship == HardshipTest.Result.NO_STANDARD || hardship == HardshipTest.Result.PENDING) {
			outcome = Outcome.MANUAL_REVIEW;
		}
		else {
			outcome = Outcome.GRANT;
		}

		if (c.person().foreigner()) {
			applied.add(AppliedRule.of("E12", ART_69, "eligibility.rule.E12.foreigner"));
			outcome = Outcome.MANUAL_REVIEW;
		}

		boolean aidFirst = false;
		if (outcome != Outcome.REFUSE) {
			List<AppliedRule> urgent = UrgentAid.grounds(c.urgency());
			applied.addAll(urgent);
			aidFirst = !urgent.isEmpty();
		}
		return new EligibilityDecision(outcome, route, aidFirst, matter.hardshipRequired() && hardshipRequired, checkRequired,
				applied, missingList);
	}

	private static EligibilityDecision refused(String route, List<AppliedRule> applied) {
		return new EligibilityDecision(Outcome.REFUSE, route, false, false, false, applied, List.of());
	}
}
