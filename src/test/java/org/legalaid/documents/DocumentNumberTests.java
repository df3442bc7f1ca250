package org.legalaid.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentNumberTests {

	@Test
	void formatsPrefixLegalAidKindYearInHexagonalBracketsAndSequence() {
		assertThat(new DocumentNumber("甘城", DocumentKind.RECEIPT, 2026, 12).text()).isEqualTo("甘城援受〔2026〕12号");
		assertThat(new DocumentNumber("城关", DocumentKind.REFUSAL_DECISION, 2027, 1))
			.hasToString("城关援不予〔2027〕1号");
		assertThat(new DocumentNumber(" 兰 ", DocumentKind.OFFICIAL_LETTER, 2026, 305).text()).isEqualTo("兰援函〔2026〕305号");
	}

	@Test
	void defaultPrefixIsTheFirstTwoCharactersOfTheUnitName() {
		assertThat(DocumentNumber.defaultPrefix("城关区法律援助中心")).isEqualTo("城关");
		assertThat(DocumentNumber.defaultPrefix("甘肃省法律援助中心")).isEqualTo("甘肃");
		assertThat(DocumentNumber.defaultPrefix("县")).isEqualTo("县");
		assertThat(DocumentNumber.defaultPrefix("𠀋𠀌中心")).isEqualTo("𠀋𠀌");
	}

	@Test
	void refusesMissingPrefixAndNonPositiveSequence() {
		assertThatThrownBy(() -> new DocumentNumber(" ", DocumentKind.RECEIPT, 2026, 1))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new DocumentNumber("甘城", DocumentKind.RECEIPT, 2026, 0))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> DocumentNumber.defaultPrefix("")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void everyKindHasItsOwnNumberWord() {
		assertThat(java.util.Arrays.stream(DocumentKind.values()).map(DocumentKind::numberWord).distinct())
			.hasSize(DocumentKind.values().length);
	}
}
