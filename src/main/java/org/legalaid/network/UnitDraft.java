package org.legalaid.network;

/** What a user enters to create or change a unit. Checked by {@link UnitRules}. */
public record UnitDraft(Long parentId, UnitKind kind, String name, HostInstitution hostInstitution,
		String divisionCode, String address, String phone, String openingHours) {
}
