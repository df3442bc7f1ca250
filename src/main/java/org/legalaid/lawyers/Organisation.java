package org.legalaid.lawyers;

/** An undertaking organisation (承办机构) owned by a unit that manages it. */
public record Organisation(OrganisationId id, OrganisationKind kind, String name, String creditCode, String divisionCode,
		String address, String phone, long unitId, boolean active, int version) {
}
