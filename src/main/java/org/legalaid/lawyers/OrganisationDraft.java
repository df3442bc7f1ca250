package org.legalaid.lawyers;

/**
 * An organisation as entered. {@code unitId} is the owning unit (null: the actor's own unit); it must lie in the
 * actor's scope.
 */
public record OrganisationDraft(Long unitId, OrganisationKind kind, String name, String creditCode, String divisionCode,
		String address, String phone) {
}
