package org.legalaid.people;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person as pages and other modules see them: document number, phone and address masked only. The full values
 * come from {@link People#reveal}, one field at a time.
 */
public record PersonCard(PersonId id, String name, IdentityDocumentType documentType, String maskedDocumentNumber,
		String issuingCountry, LocalDate birthDate, Sex sex, String derivedOverrideReason, String maskedPhone,
		String maskedAddress, String householdDivisionCode, String householdDivisionName, Set<PersonGroup> typedGroups,
		long unitId, int version) {

	public PersonCard {
		typedGroups = Set.copyOf(typedGroups);
	}

	/** Typed and derived groups on {@code day}, in declaration order. */
	public Set<PersonGroup> groupsOn(LocalDate day) {
		EnumSet<PersonGroup> all = EnumSet.noneOf(PersonGroup.class);
		all.addAll(typedGroups);
		all.addAll(PersonGroup.derivedOn(birthDate, sex, day));
		return all;
	}

	public boolean hasPhone() {
		return maskedPhone != null;
	}

	public boolean hasAddress() {
		return maskedAddress != null;
	}
}
