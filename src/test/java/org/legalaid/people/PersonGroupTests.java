package org.legalaid.people;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Derived groups follow full years of age (周岁) and sex on the given day. */
class PersonGroupTests {

	@Test
	void minorUntilTheEighteenthBirthday() {
		LocalDate birth = LocalDate.of(2008, 5, 20);
		assertThat(PersonGroup.derivedOn(birth, Sex.MALE, LocalDate.of(2026, 5, 19))).containsExactly(PersonGroup.MINOR);
		assertThat(PersonGroup.derivedOn(birth, Sex.MALE, LocalDate.of(2026, 5, 20))).isEmpty();
	}

	@Test
	void elderlyFromTheSixtiethBirthday() {
		LocalDate birth = LocalDate.of(1966, 7, 1);
		assertThat(PersonGroup.derivedOn(birth, Sex.MALE, LocalDate.of(2026, 6, 30))).isEmpty();
		assertThat(PersonGroup.derivedOn(birth, Sex.MALE, LocalDate.of(2026, 7, 1))).containsExactly(PersonGroup.ELDERLY);
	}

	@Test
	void bornOnTwentyNinthFebruaryComesOfAgeOnFirstMarchInACommonYear() {
		LocalDate birth = LocalDate.of(2008, 2, 29);
		assertThat(PersonGroup.derivedOn(birth, Sex.FEMALE, LocalDate.of(2026, 2, 28))).contains(PersonGroup.MINOR);
		assertThat(PersonGroup.derivedOn(birth, Sex.FEMALE, LocalDate.of(2026, 3, 1))).containsExactly(PersonGroup.WOMAN);
	}

	@Test
	void unknownBirthDateOrSexDerivesNothingAndTypedGroupsExcludeDerivedOnes() {
		assertThat(PersonGroup.derivedOn(null, null, LocalDate.of(2026, 1, 1))).isEmpty();
		assertThat(PersonGroup.derivedOn(null, Sex.FEMALE, LocalDate.of(2026, 1, 1))).containsExactly(PersonGroup.WOMAN);
		assertThat(PersonGroup.typed()).doesNotContain(PersonGroup.MINOR, PersonGroup.ELDERLY, PersonGroup.WOMAN)
			.contains(PersonGroup.MIGRANT_WORKER, PersonGroup.VETERAN, PersonGroup.LEFT_BEHIND);
	}
}
