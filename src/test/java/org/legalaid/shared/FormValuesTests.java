package org.legalaid.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormValuesTests {

	@Test
	void readsWhatIsTypedAndTreatsBlankAsNothing() {
		assertThat(FormValues.integer("workers", " 64 ")).isEqualTo(64);
		assertThat(FormValues.id("id", "9000000001")).isEqualTo(9_000_000_001L);
		assertThat(FormValues.amount("amount", "48,600.50")).isEqualByComparingTo(new BigDecimal("48600.50"));
		assertThat(FormValues.amount("amount", "1，200")).isEqualByComparingTo(new BigDecimal("1200"));
		assertThat(FormValues.date("day", "2026-03-02")).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(FormValues.month("month", "2026-03")).isEqualTo(YearMonth.of(2026, 3));
		assertThat(FormValues.time("start", "08:30")).isEqualTo(LocalTime.of(8, 30));
		assertThat(FormValues.dateTime("at", "2026-11-23T09:30", ZoneId.of("Asia/Shanghai")))
			.isEqualTo(OffsetDateTime.of(2026, 11, 23, 9, 30, 0, 0, ZoneOffset.ofHours(8)));
		assertThat(FormValues.integer("workers", "  ")).isNull();
		assertThat(FormValues.date("day", null)).isNull();
	}

	@Test
	void refusesUnreadableTextOnItsField() {
		assertRefused(() -> FormValues.integer("workers", "六十四"), "workers", "form.error.integer");
		assertRefused(() -> FormValues.amount("amount", "12元"), "amount", "form.error.amount");
		assertRefused(() -> FormValues.date("day", "2026-02-30"), "day", "form.error.date");
		assertRefused(() -> FormValues.month("month", "2026-13"), "month", "form.error.month");
		assertRefused(() -> FormValues.time("start", "25:00"), "start", "form.error.time");
		assertRefused(() -> FormValues.dateTime("at", "2026-11-23 9:30", ZoneOffset.UTC), "at", "form.error.datetime");
	}

	private static void assertRefused(Runnable parse, String field, String key) {
		assertThatThrownBy(parse::run).isInstanceOfSatisfying(RuleViolation.class, v -> {
			assertThat(v.field()).isEqualTo(field);
			assertThat(v.messageKey()).isEqualTo(key);
		});
	}
}
