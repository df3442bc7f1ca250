package org.legalaid.documents;

import java.util.Objects;

/**
 * A document number (文号) in the usual form of Chinese official documents:
 * {@code <unit prefix>援<kind word>〔<year>〕<sequence>号}, for example {@code 甘城援受〔2026〕12号} for the twelfth
 * receipt of 2026 issued by a unit with the prefix {@code 甘城}. The year is in hexagonal brackets (六角括号), the
 * sequence has no leading zeros.
 */
public record DocumentNumber(String unitPrefix, DocumentKind kind, int year, int sequence) {

	/** How many characters of the unit's name make the default prefix. */
	static final int DEFAULT_PREFIX_LENGTH = 2;

	public DocumentNumber {
		Objects.requireNonNull(kind);
		if (unitPrefix == null || unitPrefix.isBlank()) {
			throw new IllegalArgumentException("unit prefix is required");
		}
		if (sequence < 1 || year < 1) {
			throw new IllegalArgumentException("year and sequence must be positive");
		}
		unitPrefix = unitPrefix.strip();
	}

	public String text() {
		return unitPrefix + "援" + kind.numberWord() + "〔" + year + "〕" + sequence + "号";
	}

	@Override
	public String toString() {
		return text();
	}

	/**
	 * The prefix used when the caller gives none: the first two characters of the unit's name
	 * ({@code 城关区法律援助中心} → {@code 城关}, {@code 甘肃省法律援助中心} → {@code 甘肃}). Centres that use another
	 * abbreviation (甘城) pass it with the request.
	 */
	public static String defaultPrefix(String unitName) {
		String name = unitName == null ? "" : unitName.strip();
		if (name.isEmpty()) {
			throw new IllegalArgumentException("unit name is required for a default prefix");
		}
		return name.substring(0, name.offsetByCodePoints(0, Math.min(DEFAULT_PREFIX_LENGTH, name.codePointCount(0, name.length()))));
	}
}
