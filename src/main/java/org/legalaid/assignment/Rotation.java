package org.legalaid.assignment;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rotation (轮流指派): among the eligible candidates, the one with the fewest open cases, then the one waiting
 * longest since their last assignment (never assigned first), then the lowest provider id so the choice is stable.
 */
final class Rotation {

	static final Comparator<CaseCandidate> ORDER = Comparator.comparing((CaseCandidate c) -> !c.eligible())
		.thenComparingInt(CaseCandidate::openCases)
		.thenComparing(CaseCandidate::lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparingLong(CaseCandidate::providerId);

	private Rotation() {
	}

	/** The candidates in rotation order, the first eligible one marked. */
	static List<CaseCandidate> order(List<CaseCandidate> candidates) {
		List<CaseCandidate> sorted = candidates.stream().sorted(ORDER).toList();
		if (sorted.isEmpty() || !sorted.getFirst().eligible()) {
			return sorted;
		}
		List<CaseCandidate> marked = new java.util.ArrayList<>(sorted);
		marked.set(0, sorted.getFirst().first());
		return List.copyOf(marked);
	}

	/** The rotation's choice, if anyone is eligible. */
	static Optional<CaseCandidate> first(List<CaseCandidate> candidates) {
		return candidates.stream().filter(CaseCandidate::eligible).min(ORDER);
	}
}
