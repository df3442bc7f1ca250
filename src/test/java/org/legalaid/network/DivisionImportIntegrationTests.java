package org.legalaid.network;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Imports an unchanged excerpt of the real china-division files (Qilihe district of Lanzhou, and one street of
 * Dongguan, a prefecture-level city without counties).
 */
@SpringBootTest
class DivisionImportIntegrationTests {

	@Autowired Divisions divisions;
	@Autowired JdbcClient jdbc;

	private static Reader file(String name) throws Exception {
		return new InputStreamReader(new ClassPathResource("network/" + name).getInputStream(), StandardCharsets.UTF_8);
	}

	@Test
	void importsTownshipsAndVillagesOfTheChosenProvincesAndIsIdempotent() throws Exception {
		try (Reader streets = file("streets.csv"); Reader villages = file("villages.csv")) {
			var result = divisions.importTownshipsAndVillages(streets, villages, Set.of("62", "44"));
			assertThat(result.townships()).isEqualTo(16);
			assertThat(result.villages()).isEqualTo(167);
		}
		assertThat(divisions.find("620103001")).get().satisfies(d -> {
			assertThat(d.level()).isEqualTo(DivisionLevel.TOWNSHIP);
			assertThat(d.parentCode()).isEqualTo("620103");
		});
		assertThat(divisions.find("441900003")).get().extracting(Division::parentCode).isEqualTo("441900");
		assertThat(divisions.lineage("620103001001")).extracting(Division::code)
			.containsExactly("620000", "620100", "620103", "620103001", "620103001001");
		assertThat(divisions.countAtLevel(DivisionLevel.VILLAGE, "620103")).isEqualTo(
				jdbc.sql("SELECT COUNT(*) FROM network_division WHERE parent_code LIKE '620103%' AND level = 5").query(Long.class).single());

		try (Reader streets = file("streets.csv"); Reader villages = file("villages.csv")) {
			var again = divisions.importTownshipsAndVillages(streets, villages, Set.of("62", "44"));
			assertThat(again.inserted()).isZero();
			assertThat(again.updated()).isZero();
		}
	}

	@Test
	void skipsProvincesNotAsked() throws Exception {
		try (Reader streets = file("streets.csv"); Reader villages = file("villages.csv")) {
			var result = divisions.importTownshipsAndVillages(streets, villages, Set.of("11"));
			assertThat(result.townships()).isZero();
			assertThat(result.villages()).isZero();
		}
	}

	@Test
	void aRowWithAnUnknownParentAbortsTheWholeImport() {
		String streets = "code,name,areaCode,provinceCode,cityCode\n620123001,\"测试镇\",620123,62,6201\n";
		String villages = """
				code,name,streetCode,provinceCode,cityCode,areaCode
				620123001001,"甲村",620123001,62,6201,620123
				620123999001,"孤村",620123999,62,6201,620123
				""";
		assertThatThrownBy(() -> divisions.importTownshipsAndVillages(new StringReader(streets), new StringReader(villages), Set.of("62")))
			.isInstanceOf(DivisionImportFailed.class).hasMessageContaining("620123999");
		assertThat(divisions.find("620123001")).isEmpty();
		assertThat(divisions.find("620123001001")).isEmpty();
	}

	@Test
	void countyLevelDivisionsShipForTheWholeCountry() {
		assertThat(jdbc.sql("SELECT COUNT(*) FROM network_division WHERE level = 1").query(Long.class).single()).isEqualTo(31);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM network_division WHERE level = 3").query(Long.class).single()).isGreaterThan(2800);
		assertThat(divisions.find("620102")).get().extracting(Division::name).isEqualTo("城关区");
	}

	@Autowired DivisionImportCommand command;

	@Test
	void theImportCommandReadsTheDatasetFolderAndAuditsTheImport() {
		var result = command.importFrom(java.nio.file.Path.of("src/test/resources/network"), DivisionImportCommand.provinces(java.util.List.of("62")));
		assertThat(result.townships()).isEqualTo(15);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM access_audit_event WHERE action = 'IMPORT' AND record_type = 'division' AND record_id = '62'")
			.query(Long.class).single()).isPositive();
	}

	@Test
	void theImportCommandRefusesMissingFilesAndBadProvinceCodes() {
		assertThatThrownBy(() -> command.importFrom(java.nio.file.Path.of("src/test/resources/nowhere"), Set.of("62")))
			.isInstanceOf(DivisionImportFailed.class).hasMessageContaining("cannot read");
		assertThatThrownBy(() -> DivisionImportCommand.provinces(java.util.List.of("62,gansu")))
			.isInstanceOf(DivisionImportFailed.class).hasMessageContaining("gansu");
		assertThat(DivisionImportCommand.provinces(java.util.List.of("62, 410000"))).containsExactlyInAnyOrder("62", "41");
	}
}
