package org.legalaid.wages;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The GB 32100 check character of unified social credit codes. */
class CreditCodeTests {

	@Test
	void acceptsCodesWithTheRightCheckCharacter() {
		assertThat(CreditCode.valid("91350100M000100Y43")).isTrue();
		assertThat(CreditCode.valid("91110000802100433B")).isTrue();
		assertThat(CreditCode.valid(WagesFixtures.CREDIT_CODE)).isTrue();
		assertThat(CreditCode.checkCharacter("91620103MA72ABCD1")).isEqualTo('R');
	}

	@Test
	void refusesAWrongCheckCharacterLengthOrAlphabet() {
		assertThat(CreditCode.valid("91350100M000100Y44")).as("check character").isFalse();
		assertThat(CreditCode.valid("91350100M000100Y4")).as("17 characters").isFalse();
		assertThat(CreditCode.valid("91350100M000100Y433")).as("19 characters").isFalse();
		assertThat(CreditCode.valid("91350100I000100Y43")).as("I is not used").isFalse();
		assertThat(CreditCode.valid("9135A100M000100Y43")).as("division code digits").isFalse();
		assertThat(CreditCode.valid(null)).isFalse();
	}

	@Test
	void normalisesCaseAndSpaces() {
		assertThat(CreditCode.normalise(" 91350100m000100y43 ")).isEqualTo("91350100M000100Y43");
		assertThat(CreditCode.normalise("9135 0100 M000 100Y 43")).isEqualTo("91350100M000100Y43");
		assertThat(CreditCode.normalise("  ")).isNull();
	}
}
