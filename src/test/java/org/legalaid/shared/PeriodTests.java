package org.legalaid.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTests {

	static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);
	static final LocalDate MAY_31 = LocalDate.of(2026, 5, 31);

	@Test
	void aPeriodNeedsBothEndsInOrder() {
		assertThat(Period.of(MAY_1, MAY_1).days()).isEqualTo(1);
		assertThat(Period.of(MAY_1, MAY_31).days()).isEqualTo(31);
		for (LocalDate[] ends : new LocalDate[][] { { MAY_31, MAY_1 }, { null, MAY_1 }, { MAY_1, null } }) {
			assertThatThrownBy(() -> Period.of(ends[0], ends[1])).isInstanceOfSatisfying(RuleViolation.class, v -> {
				assertThat(v.field()).isEqualTo("to");
				assertThat(v.messageKey()).isEqualTo("period.invalid");
			});
		}
	}

	@Test
	void anOpenFilterMayLeaveOutEitherEndButNotRunBackwards() {
		assertThatNoException().isThrownBy(() -> Period.checkOpen(null, MAY_1));
		assertThatNoException().isThrownBy(() -> Period.checkOpen(MAY_1, null));
		assertThatThrownBy(() -> Period.checkOpen(MAY_31, MAY_1)).isInstanceOf(RuleViolation.class);
	}

	@Test
	void theLongestAllowedCountsBothEnds() {
		assertThat(Period.of(MAY_1, MAY_31).atMost(31)).isEqualTo(new Period(MAY_1, MAY_31));
		assertThatThrownBy(() -> Period.of(MAY_1, MAY_31).atMost(30)).isInstanceOfSatisfying(RuleViolation.class, v -> {
			assertThat(v.messageKey()).isEqualTo("period.tooLong");
			assertThat(v.args()).containsExactly(30);
		});
	}

	@Test
	void theEndsLeftOutComeFromTheDefault() {
		LocalDate today = LocalDate.of(2026, 11, 24);
		assertThat(Period.monthToDate(today)).isEqualTo(new Period(LocalDate.of(2026, 11, 1), today));
		assertThat(Period.yearToDate(today)).isEqualTo(new Period(LocalDate.of(2026, 1, 1), today));
		assertThat(Period.monthToDate(today).asked(MAY_1, null)).isEqualTo(new Period(MAY_1, today));
		assertThat(Period.monthToDate(today).asked(null, MAY_31)).isEqualTo(new Period(LocalDate.of(2026, 11, 1), MAY_31));
	}
}
