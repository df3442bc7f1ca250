package org.legalaid.lawyers;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalaid.China;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Imports from CSV and Excel: good rows stored, bad rows reported by row and column, a second run updates, never duplicates. */
@SpringBootTest
class ImportTests {

	@Autowired Organisations organisations;
	@Autowired Providers providers;
	@Autowired ProviderImports imports;
	@Autowired UserDetailsService users;
	@Autowired JdbcClient jdbc;

	PoolFixtures fx;
	Organisation firm;

	@BeforeEach
	void setUp() {
		fx = new PoolFixtures(users, organisations, providers);
		firm = fx.firm("director.chengguan", OrganisationKind.LAW_FIRM);
	}

	ImportProgress finished(long id) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			ImportProgress p = fx.as("director.chengguan", () -> imports.progress(id));
			if (p.status().finished()) {
				return p;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("import " + id + " did not finish");
	}

	List<String[]> rows(String licenceA, String idA, String licenceB, String idB) {
		String first = China.today().minusYears(6).toString();
		return List.of(
				new String[] { "kind", "name", "id_number", "phone", "licence_number", "first_practice_date", "criminal_defence_since",
						"organisation_credit_code", "specialties", "regions", "languages", "duty_lawyer", "max_open_cases" },
				new String[] { "LAWYER", "导入甲", idA, "13900002222", licenceA, first, "", firm.creditCode(), "CRIMINAL;劳动争议与欠薪",
						"620102;620103", "ug", "是", "" },
				new String[] { "律师", "导入坏行", PoolFixtures.idNumber(), "", PoolFixtures.licence(), "2020/13/45", "", firm.creditCode(),
						"", "620102", "", "", "abc" },
				new String[] { "LAWYER", "导入乙", idB, "", licenceB, first, "", firm.creditCode(), "FAMILY", "620102", "", "否", "8" },
				new String[] { "LAWYER", "未知机构", PoolFixtures.idNumber(), "", PoolFixtures.licence(), first, "", "91620102MA00000000",
						"", "620102", "", "", "" });
	}

	static byte[] csv(List<String[]> rows) {
		StringBuilder out = new StringBuilder("\uFEFF");
		for (String[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				out.append(i == 0 ? "" : ",").append(row[i].contains(",") ? "\"" + row[i] + "\"" : row[i]);
			}
			out.append("\r\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] xlsx(List<String[]> rows) throws Exception {
		var out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "LegalAid", "1.0");
		Worksheet sheet = workbook.newWorksheet("律师");
		for (int r = 0; r < rows.size(); r++) {
			String[] row = rows.get(r);
			for (int c = 0; c < row.length; c++) {
				if (r > 0 && c == 5 && row[c].matches("\\d{4}-\\d{2}-\\d{2}")) {
					sheet.value(r, c, LocalDate.parse(row[c]));
					sheet.style(r, c).format("yyyy-mm-dd").set();
				}
				else if (r > 0 && c == 12 && row[c].matches("\\d+")) {
					sheet.value(r, c, Integer.parseInt(row[c]));
				}
				else {
					sheet.value(r, c, row[c]);
				}
			}
		}
		workbook.finish();
		return out.toByteArray();
	}

	@Test
	void aCsvImportStoresTheGoodRowsReportsTheBadOnesAndUpdatesOnASecondRun() throws Exception {
		String licenceA = PoolFixtures.licence(), idA = PoolFixtures.idNumber(), licenceB = PoolFixtures.licence(), idB = PoolFixtures.idNumber();
		byte[] file = csv(rows(licenceA, idA, licenceB, idB));

		ImportProgress first = finished(fx.as("director.chengguan", () -> imports.start("律师.csv", file)));
		assertThat(first.status()).isEqualTo(ImportStatus.DONE);
		assertThat(first.totalRows()).isEqualTo(4);
		assertThat(first.processedRows()).isEqualTo(4);
		assertThat(first.createdRows()).isEqualTo(2);
		assertThat(first.failedRows()).isEqualTo(2);
		assertThat(first.percent()).isEqualTo(100);
		assertThat(first.errors()).extracting(ImportError::row, ImportError::column, ImportError::messageKey).containsExactlyInAnyOrder(
				org.assertj.core.groups.Tuple.tuple(3, "first_practice_date", "lawyers.import.error.date"),
				org.assertj.core.groups.Tuple.tuple(3, "max_open_cases", "lawyers.import.error.number"),
				org.assertj.core.groups.Tuple.tuple(5, "organisation_credit_code", "lawyers.import.error.organisation"));

		var stored = fx.as("director.chengguan", () -> providers.search(
				new ProviderFilter(null, licenceA, null, null, null, null, null), ProviderSort.NAME, PageRequest.of(0, 5)));
		assertThat(stored.items()).hasSize(1);
		Provider a = fx.as("director.chengguan", () -> providers.get(stored.items().get(0).id()));
		assertThat(a.name()).isEqualTo("导入甲");
		assertThat(a.status()).isEqualTo(ProviderStatus.APPLIED);
		assertThat(a.specialties()).containsExactlyInAnyOrder("CRIMINAL", "LABOUR");
		assertThat(a.regions()).containsExactlyInAnyOrder("620102", "620103");
		assertThat(a.languages()).containsExactly("ug");
		assertThat(a.dutyLawyer()).isTrue();
		assertThat(a.phoneMasked()).isEqualTo("139****2222");
		assertThat(jdbc.sql("SELECT content_enc FROM lawyers_import WHERE id = :id").param("id", first.id()).query(String.class).optional())
			.isEmpty();

		ImportProgress again = finished(fx.as("director.chengguan", () -> imports.start("律师.csv", file)));
		assertThat(again.createdRows()).isZero();
		assertThat(again.updatedRows()).isEqualTo(2);
		assertThat(again.failedRows()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM lawyers_provider WHERE licence_number IN (:l)").param("l", List.of(licenceA, licenceB))
			.query(Long.class).single()).isEqualTo(2);

		assertThatThrownBy(() -> fx.as("clerk.qilihe", () -> imports.progress(first.id()))).isInstanceOf(RuntimeException.class);
		assertThatThrownBy(() -> fx.as("bureau.gansu", () -> imports.progress(-1))).isInstanceOf(RecordNotFound.class);
	}

	@Test
	void anExcelImportReadsDateAndNumberCellsAndReportsTheBadRow() throws Exception {
		String licenceA = PoolFixtures.licence(), idA = PoolFixtures.idNumber(), licenceB = PoolFixtures.licence(), idB = PoolFixtures.idNumber();
		byte[] file = xlsx(rows(licenceA, idA, licenceB, idB));

		ImportProgress run = finished(fx.as("director.chengguan", () -> imports.start("律师.xlsx", file)));
		assertThat(run.status()).isEqualTo(ImportStatus.DONE);
		assertThat(run.createdRows()).isEqualTo(2);
		assertThat(run.errors()).extracting(ImportError::row).containsOnly(3, 5);
		var b = fx.as("director.chengguan", () -> providers.search(new ProviderFilter(null, licenceB, null, null, null, null, null),
				ProviderSort.NAME, PageRequest.of(0, 5))).items().get(0);
		Provider stored = fx.as("director.chengguan", () -> providers.get(b.id()));
		assertThat(stored.firstPracticeDate()).isEqualTo(China.today().minusYears(6));
		assertThat(stored.ownMaxOpenCases()).isEqualTo(8);

		ImportProgress again = finished(fx.as("director.chengguan", () -> imports.start("律师.xlsx", file)));
		assertThat(again.createdRows()).isZero();
		assertThat(again.updatedRows()).isEqualTo(2);
	}

	@Test
	void aFileWithoutTheRequiredColumnsFailsAsAWhole() throws Exception {
		byte[] file = "name,phone\r\n张三,13900000000\r\n".getBytes(StandardCharsets.UTF_8);
		ImportProgress run = finished(fx.as("director.chengguan", () -> imports.start("x.csv", file)));
		assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(run.problem()).isEqualTo("lawyers.import.error.header");
		assertThat(run.errors()).extracting(ImportError::row).containsExactly(1);
		assertThatThrownBy(() -> fx.as("director.chengguan", () -> imports.start("old.xls", new byte[] { 1, 2, 3 })))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("lawyers.import.error.xls");
		assertThatThrownBy(() -> fx.as("clerk.chengguan", () -> imports.start("x.csv", file))).isInstanceOf(RuntimeException.class);
	}

	@Test
	void csvFieldsMayBeQuoted() {
		assertThat(ImportFiles.parseCsv("a,\"b,c\",\"say \"\"hi\"\"\"\r\n1,2,3\n")).containsExactly(List.of("a", "b,c", "say \"hi\""),
				List.of("1", "2", "3"));
	}
}
