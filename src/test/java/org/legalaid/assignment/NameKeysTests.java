package org.legalaid.assignment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Names as the conflict check compares them. */
class NameKeysTests {

	@Test
	void homophonesTonesAndTraditionalFormsMeet() {
		assertThat(NameKeys.of("张伟")).isEqualTo("zhangwei");
		assertThat(NameKeys.of("章威")).isEqualTo("zhangwei");
		assertThat(NameKeys.of("張偉")).isEqualTo("zhangwei");
		assertThat(NameKeys.of(" 陳國華 ")).isEqualTo(NameKeys.of("陈国华"));
		assertThat(NameKeys.simplified("陳國華")).isEqualTo("陈国华");
	}

	@Test
	void differentNamesStayApart() {
		assertThat(NameKeys.of("张伟")).isNotEqualTo(NameKeys.of("张威龙"));
		assertThat(NameKeys.of("李明")).isNotEqualTo(NameKeys.of("黎敏"));
	}

	@Test
	void separatorsAndLatinLettersAreKept() {
		assertThat(NameKeys.of("阿依古丽·买买提")).isEqualTo(NameKeys.of("阿依古丽买买提"));
		assertThat(NameKeys.of("John Smith")).isEqualTo("johnsmith");
		assertThat(NameKeys.of("  ")).isNull();
		assertThat(NameKeys.of(null)).isNull();
	}

	@Test
	void sameMatchesByIdKeyFirstThenByName() {
		assertThat(ConflictCheck.same(new ConflictParty("张伟", "k1", null, null), new ConflictParty("李四", "k1", null, null))).isTrue();
		assertThat(ConflictCheck.same(new ConflictParty("张伟", "k1", null, null), new ConflictParty("张伟", "k2", null, null))).isFalse();
		assertThat(ConflictCheck.same(new ConflictParty("张伟", "k1", null, null), new ConflictParty("張偉", null, null, null))).isTrue();
	}
}
