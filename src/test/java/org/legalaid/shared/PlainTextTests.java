package org.legalaid.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlainTextTests {

	@Test
	void blankIsNothingAndTextIsTrimmed() {
		assertThat(PlainText.blankToNull(null)).isNull();
		assertThat(PlainText.blankToNull(" \t ")).isNull();
		assertThat(PlainText.blankToNull(" 李明 ")).isEqualTo("李明");
	}

	@Test
	void severalLinesKeepTheirBreaksButNoMarkupOrOtherControlCharacters() {
		assertThat(PlainText.isPlain("第一行\n第二行\t完")).isTrue();
		assertThat(PlainText.isPlain("<script>")).isFalse();
		assertThat(PlainText.isPlain("响铃\u0007")).isFalse();
		assertThat(PlainText.isPlainLine("第一行\n第二行")).isFalse();
		assertThat(PlainText.isPlainLine("张伟")).isTrue();
		assertThat(PlainText.isPlainLine(null)).isTrue();
	}

	@Test
	void cleanRefusesOnItsFieldWithTheLimit() {
		assertThat(PlainText.clean("note", "  ", 10, "x.invalid")).isNull();
		assertThat(PlainText.clean("note", " 好 ", 10, "x.invalid")).isEqualTo("好");
		assertThatThrownBy(() -> PlainText.clean("note", "12345678901", 10, "x.invalid"))
			.isInstanceOfSatisfying(RuleViolation.class, v -> {
				assertThat(v.field()).isEqualTo("note");
				assertThat(v.messageKey()).isEqualTo("x.invalid");
				assertThat(v.args()).containsExactly(10);
			});
		assertThatThrownBy(() -> PlainText.clean("note", "a<b", 10, "x.invalid")).isInstanceOf(RuleViolation.class);
	}
}
