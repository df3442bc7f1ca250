package org.legalaid.people;

import java.time.LocalDate;
import java.util.Set;

/**
 * A person as entered at registration. For GB 11643 documents {@code birthDate} and {@code sex} may stay null (they
 * are derived from the number); a value that differs from the derived one needs {@code overrideReason}. For other
 * documents they are required. {@code groups} holds typed groups only.
 */
public record PersonDraft(String name, IdentityDocumentType documentType, String documentNumber, String issuingCountry,
		LocalDate birthDate, Sex sex, String overrideReason, String phone, String address, String householdDivisionCode,
		Set<PersonGroup> groups) {

	public PersonDraft {
		groups = groups == null ? Set.of() : Set.copyOf(groups);
	}

	/** A citizen with a resident ID number and nothing else. */
	public static PersonDraft citizen(String name, String residentIdNumber) {
		return new PersonDraft(name, IdentityDocumentType.RESIDENT_ID, residentIdNumber, null, null, null, null, null, null,
				null, Set.of());
	}
}
