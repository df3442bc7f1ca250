package org.legalaid.hotline;

/**
 * Satisfaction of one unit or one operator over a period: consultations, how many were rated, the average rating
 * and the share of ratings of 4 or 5 (satisfied). Average and share are null when nothing was rated.
 */
public record SatisfactionRate(String key, String label, long consultations, long rated, Double average, Double satisfiedShare) {

	static SatisfactionRate of(String key, String label, long consultations, long rated, long sum, long satisfied) {
		return new SatisfactionRate(key, label, consultations, rated, rated == 0 ? null : (double) sum / rated,
				rated == 0 ? null : (double) satisfied / rated);
	}

	/** The satisfied share as a whole percentage, or null. */
	public Long satisfiedPercent() {
		return satisfiedShare == null ? null : Math.round(satisfiedShare * 100);
	}
}
