package org.legalaid.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * What every {@link AssistanceStatusRegistry} adapter must satisfy. An adapter's test implements this interface,
 * giving the adapter and a way to put a status on record.
 */
interface AssistanceStatusRegistryContract {

	AssistanceStatusRegistry registry();

	/** Puts a status on record for the person, valid from {@code from} to {@code to} inclusive (open when null). */
	void given(String personKey, AssistanceStatus status, LocalDate from, LocalDate to);

	default String newPerson() {
		return "contract-" + UUID.randomUUID();
	}

	@Test
	default void aStatusValidOnTheDateIsReturned() {
		String person = newPerson();
		given(person, AssistanceStatus.LOW_INCOME, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
		assertThat(registry().lookup(person, LocalDate.of(2026, 3, 2))).isEqualTo(AssistanceStatus.LOW_INCOME);
		assertThat(registry().lookup(person, LocalDate.of(2025, 1, 1))).isEqualTo(AssistanceStatus.LOW_INCOME);
		assertThat(registry().lookup(person, LocalDate.of(2026, 12, 31))).isEqualTo(AssistanceStatus.LOW_INCOME);
	}

	@Test
	default void anOpenEndedStatusIsValidAfterItsStart() {
		String person = newPerson();
		given(person, AssistanceStatus.SPECIAL_HARDSHIP, LocalDate.of(2024, 6, 1), null);
		assertThat(registry().lookup(person, LocalDate.of(2030, 1, 1))).isEqualTo(AssistanceStatus.SPECIAL_HARDSHIP);
	}

	@Test
	default void anExpiredOrNotYetValidStatusGivesNone() {
		String person = newPerson();
		given(person, AssistanceStatus.LOW_INCOME, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
		assertThat(registry().lookup(person, LocalDate.of(2025, 1, 1))).isEqualTo(AssistanceStatus.NONE);
		assertThat(registry().lookup(person, LocalDate.of(2023, 12, 31))).isEqualTo(AssistanceStatus.NONE);
	}

	@Test
	default void anUnknownPersonGivesNone() {
		assertThat(registry().lookup(newPerson(), LocalDate.of(2026, 3, 2))).isEqualTo(AssistanceStatus.NONE);
	}

	@Test
	default void specialHardshipWinsWhenBothAreValid() {
		String person = newPerson();
		given(person, AssistanceStatus.LOW_INCOME, LocalDate.of(2025, 1, 1), null);
		given(person, AssistanceStatus.SPECIAL_HARDSHIP, LocalDate.of(2025, 6, 1), null);
		assertThat(registry().lookup(person, LocalDate.of(2026, 3, 2))).isEqualTo(AssistanceStatus.SPECIAL_HARDSHIP);
	}
}
