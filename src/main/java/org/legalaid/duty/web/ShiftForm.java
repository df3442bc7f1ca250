package org.legalaid.duty.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.legalaid.duty.ShiftDraft;
import org.legalaid.lawyers.ProviderId;
import org.legalaid.shared.FormValues;
import org.legalaid.shared.RuleViolation;

/**
 * A shift as entered on the roster page: the lawyer, the day ({@code 2026-11-23}), start and end time ({@code 08:30}); an
 * end at or before the start is the next day.
 */
record ShiftForm(Long providerId, String day, String startTime, String endTime) {

	static ShiftForm empty(LocalDate day) {
		return new ShiftForm(null, day.toString(), "08:30", "18:00");
	}

	/** The day entered, or null when empty or unreadable. */
	LocalDate dayOrNull() {
		try {
			return day == null || day.isBlank() ? null : LocalDate.parse(day.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	ShiftDraft draft(long station, ZoneId zone) {
		LocalDate d = dayOrNull();
		if (d == null) {
			throw new RuleViolation("day", "duty.error.shift.day.required");
		}
		LocalTime start = FormValues.time("startTime", startTime);
		LocalTime end = FormValues.time("endTime", endTime);
		return new ShiftDraft(station, providerId == null ? null : new ProviderId(providerId),
				start == null ? null : d.atTime(start).atZone(zone).toOffsetDateTime(),
				end == null ? null : (start != null && !end.isAfter(start) ? d.plusDays(1) : d).atTime(end).atZone(zone).toOffsetDateTime());
	}

	/** The form field a service-level field name refers to. */
	static String formField(String field) {
		if (field == null) {
			return null;
		}
		return switch (field) {
			case "startsAt" -> "startTime";
			case "endsAt" -> "endTime";
			default -> field;
		};
	}
}
