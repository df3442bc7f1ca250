package org.legalaid.shared;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Calendar days from {@code from} to {@code to}, both included: the span figures are computed for or a list is
 * filtered by. {@link #of} and {@link #atMost} refuse a period the user cannot mean with a {@link RuleViolation} on
 * the {@code to} field (message keys {@code period.*}).
 */
public record Period(LocalDate from, LocalDate to) {

	/** A period with both ends, the end not before the start. */
	public static Period of(LocalDate from, LocalDate to) {
		if (from == null || to == null || to.isBefore(from)) {
			throw new RuleViolation("to", "period.invalid");
		}
		return new Period(from, to);
	}

	/** Refuses an end before the start where both are given; either may be left open. */
	public static void checkOpen(LocalDate from, LocalDate to) {
		if (from != null && to != null) {
			of(from, to);
		}
	}

	public static Period monthToDate(LocalDate today) {
		return new Period(today.withDayOfMonth(1), today);
	}

	public static Period yearToDate(LocalDate today) {
		return new Period(today.withDayOfYear(1), today);
	}

	/** This period, refused when it covers more than {@code days} days. */
	public Period atMost(int days) {
		if (days() > days) {
			throw new RuleViolation("to", "period.tooLong", days);
		}
		return this;
	}

	/** The ends the user gave, each one left out taken from this period; not checked. */
	public Period asked(LocalDate askedFrom, LocalDate askedTo) {
		return new Period(askedFrom == null ? from : askedFrom, askedTo == null ? to : askedTo);
	}

	/** How many days the period covers, both ends counted. */
	public long days() {
		return ChronoUnit.DAYS.between(from, to) + 1;
	}
}
