package org.legalaid.wages.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.legalaid.shared.RuleViolation;

/**
 * Numbers, amounts, days and months as typed into the forms: kept as text in the form records so that a mistyped
 * value comes back as typed, with the reason next to its field. Blank is null.
 */
final class FormValues {

	private FormValues() {
	}

	static Integer integer(String field, String text) {
		String s = blank(text);
		try {
			return s == null ? null : Integer.valueOf(s);
		}
		catch (NumberFormatException e) {
			throw new RuleViolation(field, "wages.error.integer.format");
		}
	}

	static Long id(String field, String text) {
		String s = blank(text);
		try {
			return s == null ? null : Long.valueOf(s);
		}
		catch (NumberFormatException e) {
			throw new RuleViolation(field, "wages.error.integer.format");
		}
	}

	/** An amount in yuan; thousands separators (, or ，) are allowed. */
	static BigDecimal amount(String field, String text) {
		String s = blank(text);
		try {
			return s == null ? null : new BigDecimal(s.replace(",", "").replace("，", ""));
		}
		catch (NumberFormatException e) {
			throw new RuleViolation(field, "wages.error.amount.format");
		}
	}

	static LocalDate date(String field, String text) {
		String s = blank(text);
		try {
			return s == null ? null : LocalDate.parse(s);
		}
		catch (DateTimeParseException e) {
			throw new RuleViolation(field, "wages.error.date.format");
		}
	}

	static YearMonth month(String field, String text) {
		String s = blank(text);
		try {
			return s == null ? null : YearMonth.parse(s);
		}
		catch (DateTimeParseException e) {
			throw new RuleViolation(field, "wages.error.month.format");
		}
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
