package org.legalaid.intake;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every pair of states, allowed or refused, against the documented table (legal-aid-rules.md §5.3). */
class ApplicationStatusTests {

	private static final Map<ApplicationStatus, Set<ApplicationStatus>> DOCUMENTED = Map.of(
			ApplicationStatus.RECEIVED, EnumSet.of(ApplicationStatus.SUPPLEMENT_REQUESTED, ApplicationStatus.UNDER_REVIEW,
					ApplicationStatus.PRE_AID, ApplicationStatus.WITHDRAWN),
			ApplicationStatus.SUPPLEMENT_REQUESTED, EnumSet.of(ApplicationStatus.UNDER_REVIEW, ApplicationStatus.DEEMED_WITHDRAWN,
					ApplicationStatus.WITHDRAWN),
			ApplicationStatus.UNDER_REVIEW, EnumSet.of(ApplicationStatus.SUPPLEMENT_REQUESTED, ApplicationStatus.GRANTED,
					ApplicationStatus.REFUSED, ApplicationStatus.PRE_AID, ApplicationStatus.WITHDRAWN),
			ApplicationStatus.PRE_AID, EnumSet.of(ApplicationStatus.GRANTED, ApplicationStatus.REFUSED, ApplicationStatus.WITHDRAWN),
			ApplicationStatus.GRANTED, EnumSet.noneOf(ApplicationStatus.class),
			ApplicationStatus.REFUSED, EnumSet.of(ApplicationStatus.UNDER_REVIEW),
			ApplicationStatus.DEEMED_WITHDRAWN, EnumSet.noneOf(ApplicationStatus.class),
			ApplicationStatus.WITHDRAWN, EnumSet.noneOf(ApplicationStatus.class));

	@ParameterizedTest
	@EnumSource(ApplicationStatus.class)
	void allowsExactlyTheDocumentedTransitions(ApplicationStatus from) {
		for (ApplicationStatus to : ApplicationStatus.values()) {
			assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(DOCUMENTED.get(from).contains(to));
		}
	}

	@ParameterizedTest
	@EnumSource(ApplicationStatus.class)
	void onlyUndecidedApplicationsAreOpen(ApplicationStatus status) {
		assertThat(status.isOpen()).isEqualTo(EnumSet.of(ApplicationStatus.RECEIVED, ApplicationStatus.SUPPLEMENT_REQUESTED,
				ApplicationStatus.UNDER_REVIEW, ApplicationStatus.PRE_AID).contains(status));
	}
}
