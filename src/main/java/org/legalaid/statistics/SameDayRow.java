package org.legalaid.statistics;

/**
 * One centre's green-channel applications received in a period: how many were granted (or aided first), how many of
 * those have a lawyer assigned, how many were received, decided and assigned on one day, and how many of those also
 * had aid begin that day (all five). The percentages are shares of the granted ones, rounded to one decimal, or null
 * when none were granted.
 */
public record SameDayRow(long centreId, String centreName, long granted, long assigned, long sameDay, long allFive) {

	public Double percent() {
		return share(sameDay);
	}

	public Double allFivePercent() {
		return share(allFive);
	}

	private Double share(long count) {
		return granted == 0 ? null : Math.round(count * 1000.0 / granted) / 10.0;
	}
}
