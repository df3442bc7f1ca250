package org.legalaid.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.legalaid.Staff;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.RecordNotFound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issuing against the shared test database with demo data: numbering per unit, kind and year, concurrent issues,
 * the stored bytes, and download through the data scope. Each test issues for its own record and counts only its own
 * numbers, so tests in other classes issuing documents do not disturb it; years far in the future keep the counters
 * apart.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OfficialDocumentsIntegrationTests {

	@Autowired
	OfficialDocuments documents;

	@Autowired
	DocumentCounter counter;

	@Autowired
	CurrentActor actors;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	long centre(String division) {
		return jdbc.sql("SELECT id FROM network_unit WHERE division_code = :d AND kind = 'CENTRE'").param("d", division)
			.query(Long.class).single();
	}

	static Instant at(String local) {
		return ZonedDateTime.parse(local + "+08:00[Asia/Shanghai]").toInstant();
	}

	static IssueRequest letter(String recordId, long unitId, String prefix) {
		return new IssueRequest(DocumentKind.OFFICIAL_LETTER, "official-letter",
				Map.of("recipient", "兰州市城关区人民法院", "paragraphs", List.of("本中心已指派律师承办申请人王某某一案。")),
				"test-application", recordId, unitId, "法律援助公函", prefix, null);
	}

	IssuedDocument issueAsSystem(IssueRequest request, Instant at) {
		return actors.callAsSystem(() -> documents.issue(request, at));
	}

	static int sequence(IssuedDocument d) {
		return Integer.parseInt(d.number().replaceAll(".*〕(\\d+)号$", "$1"));
	}

	@Test
	void anAuthorityOtherThanTheUnitCanBeNamedAsIssuerWhileTheUnitFilesIt() throws IOException {
		long unit = centre("620102");
		var request = new IssueRequest(DocumentKind.OBJECTION_DECISION, "official-letter",
				Map.of("recipient", "申请人", "paragraphs", List.of("维持原决定。")), "test-application", UUID.randomUUID().toString(),
				unit, "异议审查决定书", null, null, "城关区司法局");
		IssuedDocument issued = issueAsSystem(request, at("2041-07-01T10:00"));
		assertThat(issued.unitId()).isEqualTo(unit);
		byte[] pdf = jdbc.sql("SELECT content FROM documents_issued WHERE id = :id").param("id", issued.id())
			.query((rs, n) -> rs.getBytes(1)).single();
		try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
			assertThat(text).contains("城关区司法局").doesNotContain("城关区法律援助中心");
		}
	}

	@Test
	void issuedDocumentIsNumberedStoredAndMatchesItsSha256() throws IOException {
		long unit = centre("620102");
		String record = UUID.randomUUID().toString();
		IssuedDocument issued = issueAsSystem(letter(record, unit, "甘城"), at("2041-05-06T10:00"));

		assertThat(issued.number()).matches("甘城援函〔2041〕\\d+号");
		assertThat(issued.kind()).isEqualTo(DocumentKind.OFFICIAL_LETTER);
		assertThat(issued.unitId()).isEqualTo(unit);
		byte[] stored = jdbc.sql("SELECT content FROM documents_issued WHERE id = :id").param("id", issued.id())
			.query((rs, n) -> rs.getBytes(1)).single();
		assertThat(stored).hasSize(issued.size());
		assertThat(OfficialDocuments.sha256(stored)).isEqualTo(issued.sha256())
			.isEqualTo(jdbc.sql("SELECT sha256 FROM documents_issued WHERE id = :id").param("id", issued.id())
				.query(String.class).single());
		String text = DocumentRenderingTests.text(stored);
		assertThat(text).contains("法律援助公函", issued.number(), "城关区法律援助中心", "本中心已指派律师承办申请人王某某一案。",
				"2041年5月6日");

		assertThat(actors.callAsSystem(() -> documents.listFor("test-application", record)))
			.singleElement().isEqualTo(issued);
		DocumentFile file = actors.callAsSystem(() -> documents.download(issued.id()));
		assertThat(file.content()).isEqualTo(stored);
	}

	@Test
	void numbersIncrementPerUnitAndKindAndRestartInANewYear() {
		long chengguan = centre("620102");
		long qilihe = centre("620103");
		String record = UUID.randomUUID().toString();
		IssuedDocument first = issueAsSystem(letter(record, chengguan, null), at("2042-12-31T23:00"));
		IssuedDocument second = issueAsSystem(letter(record, chengguan, null), at("2042-12-31T23:30"));
		IssuedDocument otherUnit = issueAsSystem(letter(record, qilihe, null), at("2042-12-31T23:40"));
		IssuedDocument otherKind = issueAsSystem(new IssueRequest(DocumentKind.RECEIPT, "official-letter",
				Map.of("recipient", "王某某", "paragraphs", List.of("已收到申请材料。")), "test-application", record,
				chengguan, "申请材料接收凭证"), at("2042-12-31T23:45"));
		IssuedDocument newYear = issueAsSystem(letter(record, chengguan, null), at("2043-01-01T00:10"));

		assertThat(first.number()).startsWith("城关援函〔2042〕");
		assertThat(sequence(second)).isEqualTo(sequence(first) + 1);
		assertThat(otherUnit.number()).startsWith("七里援函〔2042〕");
		assertThat(otherKind.number()).startsWith("城关援受〔2042〕");
		// 2043-01-01 00:10 in China is still 2042 in UTC: the year is China's
		assertThat(newYear.number()).startsWith("城关援函〔2043〕");
		assertThat(sequence(newYear)).isLessThan(sequence(second));
	}

	@Test
	void counterStartsAtOneForEachUnitKindAndYearAndCountsOnlyCommittedIssues() {
		long unit = centre("620102");
		int year = 2090 + (int) (Math.abs(UUID.randomUUID().getMostSignificantBits()) % 900);
		assertThat(next(unit, DocumentKind.TERMINATION_DECISION, year)).isEqualTo(1);
		assertThat(next(unit, DocumentKind.TERMINATION_DECISION, year)).isEqualTo(2);
		assertThat(next(unit, DocumentKind.OBJECTION_DECISION, year)).isEqualTo(1);
		assertThat(next(unit, DocumentKind.TERMINATION_DECISION, year + 1)).isEqualTo(1);
		// a rolled-back issue gives its number back: no gap
		transaction.executeWithoutResult(s -> {
			assertThat(counter.next(unit, DocumentKind.TERMINATION_DECISION, year)).isEqualTo(3);
			s.setRollbackOnly();
		});
		assertThat(next(unit, DocumentKind.TERMINATION_DECISION, year)).isEqualTo(3);
	}

	@Test
	void failedIssueLeavesNoGap() {
		long unit = centre("620102");
		String record = UUID.randomUUID().toString();
		IssuedDocument before = issueAsSystem(letter(record, unit, "甘城"), at("2044-02-01T09:00"));
		IssueRequest broken = new IssueRequest(DocumentKind.OFFICIAL_LETTER, "no-such-template", Map.of(),
				"test-application", record, unit, "法律援助公函", "甘城", null);
		assertThatThrownBy(() -> issueAsSystem(broken, at("2044-02-01T09:05"))).isInstanceOf(RuntimeException.class);
		IssuedDocument after = issueAsSystem(letter(record, unit, "甘城"), at("2044-02-01T09:10"));
		assertThat(sequence(after)).isEqualTo(sequence(before) + 1);
	}

	@Test
	void concurrentIssuesForTheSameUnitAndKindGetDifferentNumbers() throws Exception {
		long unit = centre("620102");
		String record = UUID.randomUUID().toString();
		// warm the renderer up so that the lock each issue holds while rendering is short
		issueAsSystem(letter(record, unit, "甘城"), at("2045-03-01T09:00"));
		int threads = 2;
		CountDownLatch ready = new CountDownLatch(threads);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<IssuedDocument>> results = new java.util.ArrayList<>();
			for (int i = 0; i < threads; i++) {
				results.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					return issueAsSystem(letter(record, unit, "甘城"), at("2045-03-01T10:00"));
				}));
			}
			assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			List<String> numbers = new java.util.ArrayList<>();
			for (Future<IssuedDocument> f : results) {
				numbers.add(f.get(60, TimeUnit.SECONDS).number());
			}
			assertThat(numbers).doesNotHaveDuplicates();
			assertThat(actors.callAsSystem(() -> documents.listFor("test-application", record)))
				.extracting(IssuedDocument::number).hasSize(3).doesNotHaveDuplicates();
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void issuingForAUnitOutsideTheActorsScopeIsRefused() throws Exception {
		long chengguan = centre("620102");
		Staff.signedIn(users, "clerk.qilihe", () -> {
			assertThatThrownBy(() -> documents.issue(letter(UUID.randomUUID().toString(), chengguan, null)))
				.isInstanceOf(RecordNotFound.class);
			return null;
		});
	}

	@Test
	void downloadIsScopedAndAuditedAndServedAsInlinePdf() throws Exception {
		IssuedDocument issued = issueAsSystem(letter(UUID.randomUUID().toString(), centre("620102"), "甘城"),
				at("2046-06-01T09:00"));
		String pdfUrl = "/documents/" + issued.id() + ".pdf";

		mvc.perform(get(pdfUrl).with(Staff.as(users, "clerk.qilihe"))).andExpect(status().isNotFound());
		mvc.perform(get("/documents/" + issued.id()).with(Staff.as(users, "clerk.qilihe")))
			.andExpect(status().isNotFound());
		assertThat(audits(issued.id())).isZero();

		byte[] body = mvc.perform(get(pdfUrl).with(Staff.as(users, "clerk.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.startsWith("inline; "),
							org.hamcrest.Matchers.containsString("filename*=UTF-8''" + DocumentController.rfc5987(issued.fileName())))))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(OfficialDocuments.sha256(body)).isEqualTo(issued.sha256());
		assertThat(audits(issued.id())).isEqualTo(1);

		String page = mvc.perform(get("/documents/" + issued.id()).with(Staff.as(users, "clerk.chengguan")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains(issued.number(), issued.sha256(), "href=\"" + pdfUrl + "\"");
	}

	@Test
	void fileNameIsPercentEncodedUtf8() {
		assertThat(DocumentController.rfc5987("甘 a.pdf")).isEqualTo("%E7%94%98%20a.pdf");
	}

	int next(long unit, DocumentKind kind, int year) {
		Integer n = transaction.execute(s -> counter.next(unit, kind, year));
		return n;
	}

	long audits(long documentId) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM access_audit_event
				WHERE action = 'VIEW_PERSONAL_DATA' AND record_type = 'document' AND record_id = :id""")
			.param("id", String.valueOf(documentId)).query(Long.class).single();
	}
}
