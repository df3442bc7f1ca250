package org.legalaid.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.legalaid.shared.RuleViolation;

/**
 * A citizen identification number (公民身份号码) under GB 11643-1999, validated as legal-aid-rules.md §11.1 says:
 * normalised, 17 digits and a check character, ISO 7064 MOD 11-2 checksum, a real birth date between 1900-01-01 and
 * today, and a GB/T 2260 province code (or 81/82/83 for the residence permits of Hong Kong, Macao and Taiwan
 * residents). Legacy 15-digit numbers (GB 11643-1989) are converted. Birth date and sex are derived from the number.
 *
 * <p>{@link #toString()} is masked so the number never leaks into logs by accident.
 */
public final class ResidentIdNumber {

	/** Why a number was refused; each has its own message. */
	public enum Problem {
		REQUIRED("person.error.id.required"),
		FORMAT("person.error.id.format"),
		CHECKSUM("person.error.id.checksum"),
		BIRTH_DATE("person.error.id.birthDate"),
		PROVINCE("person.error.id.province");

		private final String messageKey;

		Problem(String messageKey) {
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return messageKey;
		}
	}

	/** The form field the violations name. */
	public static final String FIELD = "documentNumber";

	/** The earliest birth date accepted (a design choice of §11.1 step 4). */
	public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	private static final Pattern FORMAT_18 = Pattern.compile("^[0-9]{17}[0-9X]$");
	private static final Pattern FORMAT_15 = Pattern.compile("^[0-9]{15}$");
	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	private static final String CHECK = "10X98765432";
	private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	/** GB/T 2260 province-level codes (§11.2), with 71 Taiwan, 81 Hong Kong and 82 Macao. */
	private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
			"34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
			"65", "71", "81", "82");

	/** Address codes of the residence permits for Hong Kong, Macao and Taiwan residents. */
	private static final Set<String> PERMIT_ADDRESSES = Set.of("810000", "820000", "830000");

	private final String value;
	private final LocalDate birthDate;
	private final Sex sex;
	private final boolean convertedFromLegacy;

	private ResidentIdNumber(String value, LocalDate birthDate, Sex sex, boolean convertedFromLegacy) {
		this.value = value;
		this.birthDate = birthDate;
		this.sex = sex;
		this.convertedFromLegacy = convertedFromLegacy;
	}

	/**
	 * Parses and validates a number as typed by a person.
	 *
	 * @param today the day against which "birth date in the future" is judged
	 * @throws RuleViolation on field {@value #FIELD} with the message of the {@link Problem}
	 */
	public static ResidentIdNumber parse(String raw, LocalDate today) {
		Outcome outcome = attempt(raw, today);
		if (outcome.problem != null) {
			throw new RuleViolation(FIELD, outcome.problem.messageKey());
		}
		return outcome.number;
	}

	/** The reason a number is refused, or empty when it is valid. */
	public static Optional<Problem> problemWith(String raw, LocalDate today) {
		return Optional.ofNullable(attempt(raw, today).problem);
	}

	/** Trimmed, all whitespace removed (also the full-width space), a lower-case {@code x} made upper case. */
	public static String normalise(String raw) {
		return raw == null ? "" : raw.replaceAll("[\\s\\u3000]+", "").toUpperCase(Locale.ROOT);
	}

	/** The check character for a 17-digit body (ISO 7064 MOD 11-2). */
	public static char checkCharacter(String body17) {
		if (body17 == null || body17.length() != 17 || !body17.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new IllegalArgumentException("the body is 17 digits");
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

	private record Outcome(ResidentIdNumber number, Problem problem) {
	}

	private static Outcome attempt(String raw, LocalDate today) {
		Objects.requireNonNull(today, "today");
		String s = normalise(raw);
		if (s.isEmpty()) {
			return new Outcome(null, Problem.REQUIRED);
		}
		boolean legacy = FORMAT_15.matcher(s).matches();
		if (legacy) {
			String body = s.substring(0, 6) + "19" + s.substring(6);
			s = body + checkCharacter(body);
		}
		else if (!FORMAT_18.matcher(s).matches()) {
			return new Outcome(null, Problem.FORMAT);
		}
		if (checkCharacter(s.substring(0, 17)) != s.charAt(17)) {
			return new Outcome(null, Problem.CHECKSUM);
		}
		LocalDate birth;
		try {
			birth = LocalDate.parse(s.substring(6, 14), BIRTH);
		}
		catch (DateTimeParseException e) {
			return new Outcome(null, Problem.BIRTH_DATE);
		}
		if (birth.isAfter(today) || birth.isBefore(EARLIEST_BIRTH)) {
			return new Outcome(null, Problem.BIRTH_DATE);
		}
		if (!PROVINCES.contains(s.substring(0, 2)) && !PERMIT_ADDRESSES.contains(s.substring(0, 6))) {
			return new Outcome(null, Problem.PROVINCE);
		}
		Sex sex = (s.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
		return new Outcome(new ResidentIdNumber(s, birth, sex, legacy), null);
	}

	/** The 18-character number, check character upper case. */
	public String value() {
		return value;
	}

	public LocalDate birthDate() {
		return birthDate;
	}

	public Sex sex() {
		return sex;
	}

	/** The 6-digit address code (household registration county when the number was issued). */
	public String addressCode() {
		return value.substring(0, 6);
	}

	/** True when this is the number of a residence permit for Hong Kong, Macao or Taiwan residents. */
	public boolean isResidencePermit() {
		return PERMIT_ADDRESSES.contains(addressCode());
	}

	/** True when the number was typed in the legacy 15-digit form and converted. */
	public boolean convertedFromLegacy() {
		return convertedFromLegacy;
	}

	/** The number for display: first 6 and last 4 characters, e.g. {@code 110105********002X}. */
	public String masked() {
		return mask(value);
	}

	/** Masks an 18-character number (first 6 and last 4 shown); any other length keeps only its last 2. */
	public static String mask(String number) {
		if (number == null) {
			return null;
		}
		if (number.length() == 18) {
			return number.substring(0, 6) + "********" + number.substring(14);
		}
		return number.length() <= 4 ? "*".repeat(number.length())
				: "*".repeat(number.length() - 2) + number.substring(number.length() - 2);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ResidentIdNumber other && other.value.equals(value);
	}

	@Override
	public int hashCode() {
		return value.hashCode();
	}

	@Override
	public String toString() {
		return masked();
	}
}
