package org.legalaid.wages;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One row of the figures: complaints, workers, amount owed, recovered, resolved complaints, supervision rounds
 * answered late or still unanswered after their deadline, and worker-times recovered for (人次).
 */
public record RegionRow(String code, String name, long complaints, long workers, BigDecimal owed, BigDecimal recovered,
		long resolved, long supervisionsOverdue, long workerTimes) {

	public BigDecimal outstanding() {
		return owed.subtract(recovered);
	}

	/** Resolved complaints as a percentage with one decimal, or null without complaints. */
	public BigDecimal resolvedPercent() {
		return complaints == 0 ? null
				: BigDecimal.valueOf(resolved * 100L).divide(BigDecimal.valueOf(complaints), 1, RoundingMode.HALF_UP);
	}

	RegionRow plus(RegionRow o) {
		return new RegionRow(code, name, complaints + o.complaints, workers + o.workers, owed.add(o.owed),
				recovered.add(o.recovered), resolved + o.resolved, supervisionsOverdue + o.supervisionsOverdue,
				workerTimes + o.workerTimes);
	}
}
