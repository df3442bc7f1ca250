package org.legalaid.deadlines;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Which of a rule's national and regional versions applies: the longest matching region prefix wins. */
final class RuleSelection {

	private RuleSelection() {
	}

	static Optional<DeadlineRule> choose(Collection<DeadlineRule> versions, String regionCode) {
		return versions.stream()
			.filter(r -> r.appliesTo(regionCode))
			.max(Comparator.comparingInt(r -> r.regionPrefix().length()));
	}
}
