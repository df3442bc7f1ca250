package org.legalaid.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Numbers, amounts, days, months and times as typed into a form. Forms keep such values as text so that a mistyped
 * one comes back as typed; these turn the text into a value, or refuse it with a {@link RuleViolation} on its field
 * (message keys {@code form.error.*}). Blank is null.
 */
public final class FormValues {

	private FormValues() {
	}

	public static Integer integer(String field, String text) {
		return parse(field, text, "form.error.integer", Integer::valueOf);
	}

	public static Long id(String field, String text) {
		return parse(field, text, "form.error.integer", Long::valueOf);
	}

	/** An amount in yuan; thousands separators (, or ，) are allowed. */
	public static BigDecimal amount(String field, String text) {
		return parse(field, text, "form.error.amount", s -> new BigDecimal(s.replace(",", "").replace("，", "")));
	}

	/** A day as {@code 2026-11-23}. */
	public static LocalDate date(String field, String text) {
		return parse(field, text, "form.error.date", LocalDate::parse);
	}

	/** A month as {@code 2026-11}. */
	public static YearMonth month(String field, String text) {
		return parse(field, text, "form.error.month", YearMonth::parse);
	}

	/** A time of day as {@code 08:30}. */
	public static LocalTime time(String field, String text) {
		return parse(field, text, "form.error.time", LocalTime::parse);
	}

	/** A date-and-time input's text ({@code 2026-11-23T09:30}) as an instant in the zone. */
	public static OffsetDateTime dateTime(String field, String text, ZoneId zone) {
		LocalDateTime local = parse(field, text, "form.error.datetime", LocalDateTime::parse);
		return local == null ? null : local.atZone(zone).toOffsetDateTime();
	}

	private static <T> T parse(String field, String text, String messageKey, Function<String, T> parser) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return parser.apply(text.strip());
		}
		catch (NumberFormatException | DateTimeParseException e) {
			throw new RuleViolation(field, messageKey);
		}
	}
}
