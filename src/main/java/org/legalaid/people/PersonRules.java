package org.legalaid.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.legalaid.shared.PlainText;
import org.legalaid.shared.RuleViolation;

/**
 * Checks a {@link PersonDraft} and turns it into clean values. Every problem names its field, so a form can show
 * them all next to their fields at once.
 */
final class PersonRules {

	static final int NAME_MAX = 50;
	static final int ADDRESS_MAX = 200;
	static final int REASON_MAX = 200;

	private static final Pattern OTHER_DOCUMENT = Pattern.compile("^[A-Z0-9-]{3,30}$");
	private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{3}$");
	/** Mobile: 11 digits starting 13–19; landline: area code starting 0, 10–12 digits in all. */
	private static final Pattern PHONE = Pattern.compile("^(1[3-9][0-9]{9}|0[0-9]{9,11})$");
	private static final Pattern DIVISION = Pattern.compile("^([0-9]{6}|[0-9]{9}|[0-9]{12})$");

	/** The values to store, after checking. */
	record Clean(String name, IdentityDocumentType documentType, String documentNumber, String issuingCountry,
			LocalDate birthDate, Sex sex, String overrideReason, String phone, String address, String householdDivisionCode,
			Set<PersonGroup> groups) {
	}

	/** The outcome: either clean values or the problems found (never both). */
	record Checked(Clean clean, List<RuleViolation> problems) {
	}

	private PersonRules() {
	}

	static Checked check(PersonDraft d, LocalDate today, Predicate<String> divisionExists) {
		List<RuleViolation> problems = new ArrayList<>();

		String name = d.name() == null ? "" : d.name().strip();
		if (name.isEmpty()) {
			problems.add(new RuleViolation("name", "person.error.name.required"));
		}
		else if (name.codePointCount(0, name.length()) > NAME_MAX) {
			problems.add(new RuleViolation("name", "person.error.name.tooLong", NAME_MAX));
		}
		else if (unsafe(name)) {
			problems.add(new RuleViolation("name", "person.error.name.unsafe"));
		}

		IdentityDocumentType type = d.documentType();
		String number = null;
		String country = PlainText.blankToNull(d.issuingCountry());
		country = country == null ? null : country.toUpperCase(Locale.ROOT);
		LocalDate birth = d.birthDate();
		Sex sex = d.sex();
		String reason = PlainText.blankToNull(d.overrideReason());
		if (type == null) {
			problems.add(new RuleViolation("documentType", "person.error.documentType.required"));
		}
		else if (type.followsGb11643()) {
			try {
				ResidentIdNumber id = ResidentIdNumber.parse(d.documentNumber(), today);
				if (type == IdentityDocumentType.HMT_RESIDENCE_PERMIT && !id.isResidencePermit()) {
					problems.add(new RuleViolation("documentNumber", "person.error.id.notPermit"));
				}
				number = id.value();
				country = "CHN";
				boolean overridden = (birth != null && !birth.equals(id.birthDate())) || (sex != null && sex != id.sex());
				if (overridden && reason == null) {
					problems.add(new RuleViolation("overrideReason", "person.error.override.reasonRequired"));
				}
				if (!overridden) {
					reason = null;
				}
				birth = birth == null ? id.birthDate() : birth;
				sex = sex == null ? id.sex() : sex;
			}
			catch (RuleViolation e) {
				problems.add(e);
			}
		}
		else {
			number = ResidentIdNumber.normalise(d.documentNumber());
			if (number.isEmpty()) {
				problems.add(new RuleViolation("documentNumber", "person.error.document.required"));
			}
			else if (!OTHER_DOCUMENT.matcher(number).matches()) {
				problems.add(new RuleViolation("documentNumber", "person.error.document.format"));
			}
			if (country == null && type.needsIssuingCountry()) {
				problems.add(new RuleViolation("issuingCountry", "person.error.issuingCountry.required"));
			}
			else if (country != null && !COUNTRY.matcher(country).matches()) {
				problems.add(new RuleViolation("issuingCountry", "person.error.issuingCountry.format"));
			}
			if (birth == null) {
				problems.add(new RuleViolation("birthDate", "person.error.birthDate.required"));
			}
			if (sex == null) {
				problems.add(new RuleViolation("sex", "person.error.sex.required"));
			}
			reason = null;
		}
		if (birth != null && (birth.isAfter(today) || birth.isBefore(ResidentIdNumber.EARLIEST_BIRTH))) {
			problems.add(new RuleViolation("birthDate", "person.error.birthDate.range"));
		}
		if (reason != null && reason.length() > REASON_MAX) {
			problems.add(new RuleViolation("overrideReason", "person.error.override.reasonTooLong", REASON_MAX));
		}

		String phone = PlainText.blankToNull(d.phone());
		if (phone != null) {
			phone = phone.replaceAll("[\\s\\u3000-]+", "");
			if (!PHONE.matcher(phone).matches()) {
				problems.add(new RuleViolation("phone", "person.error.phone.format"));
			}
		}

		String address = PlainText.blankToNull(d.address());
		if (address != null) {
			if (address.codePointCount(0, address.length()) > ADDRESS_MAX) {
				problems.add(new RuleViolation("address", "person.error.address.tooLong", ADDRESS_MAX));
			}
			else if (unsafe(address)) {
				problems.add(new RuleViolation("address", "person.error.address.unsafe"));
			}
		}

		String division = PlainText.blankToNull(d.householdDivisionCode());
		if (division != null && (!DIVISION.matcher(division).matches() || !divisionExists.test(division))) {
			problems.add(new RuleViolation("householdDivisionCode", "person.error.household.unknown"));
		}

		EnumSet<PersonGroup> groups = EnumSet.noneOf(PersonGroup.class);
		for (PersonGroup g : d.groups()) {
			if (g.derived()) {
				problems.add(new RuleViolation("groups", "person.error.groups.derived"));
				break;
			}
			groups.add(g);
		}

		if (!problems.isEmpty()) {
			return new Checked(null, List.copyOf(problems));
		}
		return new Checked(new Clean(name, type, number, country, birth, sex, reason, phone, address, division, groups),
				List.of());
	}

	/** Angle brackets (markup) or control and format characters. */
	static boolean unsafe(String s) {
		return s.codePoints().anyMatch(c -> c == '<' || c == '>' || Character.isISOControl(c)
				|| Character.getType(c) == Character.FORMAT);
	}

}
