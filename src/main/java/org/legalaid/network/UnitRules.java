package org.legalaid.network;

import java.util.regex.Pattern;

import org.legalaid.shared.PlainText;
import org.legalaid.shared.RuleViolation;

/**
 * The rules a unit must satisfy on the tree: what kind of unit may hang under what, at which division level,
 * and within the parent's division. Each failure names the field it concerns.
 */
final class UnitRules {

	private static final Pattern PHONE = Pattern.compile("[0-9()+\\- ]{5,40}");

	private UnitRules() {
	}

	static void check(UnitDraft draft, ServiceUnit parent, Division division, boolean mayCreateRoot) {
		if (draft.kind() == null) {
			throw new RuleViolation("kind", "unit.error.kind.required");
		}
		String name = draft.name() == null ? "" : draft.name().strip();
		if (name.isEmpty()) {
			throw new RuleViolation("name", "unit.error.name.required");
		}
		if (name.length() > 120 || !PlainText.isPlainLine(name)) {
			throw new RuleViolation("name", "unit.error.name.invalid");
		}
		if (division == null) {
			throw new RuleViolation("divisionCode", "unit.error.division.unknown", String.valueOf(draft.divisionCode()));
		}
		if (draft.phone() != null && !draft.phone().isBlank() && !PHONE.matcher(draft.phone().strip()).matches()) {
			throw new RuleViolation("phone", "unit.error.phone.invalid");
		}
		if (parent != null && !parent.active()) {
			throw new RuleViolation("parentId", "unit.error.parent.inactive");
		}
		switch (draft.kind()) {
			case CENTRE -> checkCentre(parent, division, mayCreateRoot);
			case WORKSTATION -> {
				if (parent == null || parent.kind() != UnitKind.CENTRE) {
					throw new RuleViolation("parentId", "unit.error.workstation.parent");
				}
				if (draft.hostInstitution() == null) {
					throw new RuleViolation("hostInstitution", "unit.error.host.required");
				}
			}
			case LIAISON_POINT -> {
				if (parent == null || parent.kind() == UnitKind.LIAISON_POINT) {
					throw new RuleViolation("parentId", "unit.error.liaison.parent");
				}
				if (division.level().number() < DivisionLevel.COUNTY.number()) {
					throw new RuleViolation("divisionCode", "unit.error.liaison.level");
				}
			}
		}
		if (parent != null && !parentDivisionContains(parent, division)) {
			throw new RuleViolation("divisionCode", "unit.error.division.outside", parent.divisionName());
		}
	}

	private static void checkCentre(ServiceUnit parent, Division division, boolean mayCreateRoot) {
		if (division.level().number() > DivisionLevel.COUNTY.number()) {
			throw new RuleViolation("divisionCode", "unit.error.centre.level");
		}
		if (parent == null) {
			if (!mayCreateRoot) {
				throw new RuleViolation("parentId", "unit.error.parent.required");
			}
			return;
		}
		if (parent.kind() != UnitKind.CENTRE || parent.divisionLevel().number() >= division.level().number()) {
			throw new RuleViolation("parentId", "unit.error.centre.parent");
		}
	}

	private static boolean parentDivisionContains(ServiceUnit parent, Division division) {
		String prefix = parent.divisionLevel().prefixOf(parent.divisionCode());
		return division.code().startsWith(prefix);
	}
}
