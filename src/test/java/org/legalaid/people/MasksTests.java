package org.legalaid.people;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What each protected value looks like on a page. */
class MasksTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({
			"13812341234, 138****1234",
			"09318123456, 0931****56",
			"01012345678, 010****78",
			"123456, ****" })
	void phones(String phone, String masked) {
		assertThat(Masks.phone(phone)).isEqualTo(masked);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({
			"甘肃省兰州市城关区张掖路街道金塔巷17号, 甘肃省兰州市城关区****",
			"兰州市七里河区西津西路1号, 兰州市七里河区****",
			"北京市东城区某胡同5号, 北京市东城区****",
			"新疆维吾尔自治区乌鲁木齐市天山区某路1号, 新疆维吾尔自治区****",
			"榆中县城关镇某村3组, 榆中县****",
			"兰州市中山路100号附近的一个院子, 兰州市****",
			"张掖路123号院内东侧, 张掖路****",
			"某地, ****" })
	void addressesKeepOnlyTheDivisionPart(String address, String masked) {
		assertThat(Masks.address(address)).isEqualTo(masked);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "11010519491231002X, 110105********002X", "E12345678, *******78" })
	void documents(String number, String masked) {
		assertThat(Masks.document(IdentityDocumentType.RESIDENT_ID, number)).isEqualTo(masked);
	}
}
