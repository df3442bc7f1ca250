package org.legalaid.defence;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The full-coverage figures of a selection of notifications: how many persons were notified, how many have counsel,
 * how many are still without (the gaps), how many of those are past D10, and the average hours from receipt to counsel.
 */
public record CoverageFigures(long notified, long withCounsel, long gaps, long overdueGaps, Double averageHoursToCounsel) {

	static CoverageFigures of(List<OffsetDateTime[]> times, List<OffsetDateTime> gapDueTimes, OffsetDateTime now) {
		long withCounsel = times.stream().filter(t -> t[1] != null).count();
		Double average = withCounsel == 0 ? null
				: times.stream().filter(t -> t[1] != null).mapToLong(t -> Duration.between(t[0], t[1]).toMinutes()).average()
					.orElse(0) / 60.0;
		long overdue = gapDueTimes.stream().filter(due -> due != null && !now.isBefore(due)).count();
		return new CoverageFigures(times.size(), withCounsel, times.size() - withCounsel, overdue,
				average == null ? null : Math.round(average * 10) / 10.0);
	}
}
