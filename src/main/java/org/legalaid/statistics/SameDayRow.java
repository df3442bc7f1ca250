package org.legalaid.statistics;

/**
 * One centre's green-channel applications received in a period: how many were granted (or aided first), how many of
 * those have a lawyer assigned, and how many were received, decided and assigned on one day. {@code percent} is the
 * same-day share of the granted ones, rounded to one decimal, or null when none were granted.
 */
public record SameDayRow(long centreId, String centreName, long granted, long assigned, long sameDay) {

	public Double percent() {
		return granted == 0 ? null : Math.round(sameDay * 1000.0 / granted) / 10.0;
	}
}
