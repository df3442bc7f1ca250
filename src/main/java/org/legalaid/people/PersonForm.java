package org.legalaid.people;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.legalaid.shared.RuleViolation;

/** The registration form as posted; choices arrive as text so a tampered value becomes a field error, not a crash. */
record PersonForm(String name, String documentType, String documentNumber, String issuingCountry, String birthDate,
		String sex, String overrideReason, String phone, String address, String householdDivisionCode, List<String> groups) {

	static PersonForm empty() {
		return new PersonForm("", IdentityDocumentType.RESIDENT_ID.name(), "", "", "", "", "", "", "", "", List.of());
	}

	/** The draft, and the problems found while reading the form (bad date, unknown choices). */
	record Read(PersonDraft draft, List<RuleViolation> problems) {
	}

	Read read() {
		List<RuleViolation> problems = new ArrayList<>();
		IdentityDocumentType type = choice(IdentityDocumentType.class, documentType, "documentType",
				"person.error.documentType.required", problems);
		Sex chosenSex = choice(Sex.class, sex, "sex", "person.error.sex.unknown", problems);
		LocalDate birth = null;
		if (birthDate != null && !birthDate.isBlank()) {
			try {
				birth = LocalDate.parse(birthDate.strip());
			}
			catch (DateTimeParseException e) {
				problems.add(new RuleViolation("birthDate", "person.error.birthDate.format"));
			}
		}
		Set<PersonGroup> chosen = EnumSet.noneOf(PersonGroup.class);
		for (String g : groups == null ? List.<String>of() : groups) {
			PersonGroup group = choice(PersonGroup.class, g, "groups", "person.error.groups.unknown", problems);
			if (group != null) {
				chosen.add(group);
			}
		}
		return new Read(new PersonDraft(name, type, documentNumber, issuingCountry, birth, chosenSex, overrideReason, phone,
				address, householdDivisionCode, chosen), problems);
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String key,
			List<RuleViolation> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException e) {
			problems.add(new RuleViolation(field, key));
			return null;
		}
	}
}
