package org.legalaid.casework;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalaid.China;
import org.legalaid.assignment.Assignments;
import org.legalaid.assignment.CaseSubject;
import org.legalaid.lawyers.LawyerPool;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.legalaid.Staff.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The case pages: the lawyer's list and case page, the log form with files, refusals on the page, scope, the case file. */
@SpringBootTest
@AutoConfigureMockMvc
class CaseworkPagesTests {

	static final byte[] PNG = { (byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@Autowired MockMvc mvc;
	@Autowired ApplicationEventPublisher events;
	@Autowired TransactionTemplate transaction;
	@Autowired JdbcClient jdbc;
	@Autowired UserDetailsService users;
	@Autowired LawyerPool pool;
	@Autowired CaseLifecycle lifecycle;
	@Autowired Cases cases;
	@Autowired Assignments assignments;
	@Autowired CaseRepository repository;
	@Autowired MessageSource messages;

	CaseFixtures fx;

	@BeforeEach
	void setUp() {
		fx = new CaseFixtures(events, transaction, jdbc, users, pool, lifecycle, cases, repository);
	}

	long files(CaseId id) {
		return jdbc.sql("SELECT COUNT(*) FROM casework_attachment WHERE case_id = :id").param("id", id.value()).query(Long.class).single();
	}

	@Test
	void theLawyerFindsTheCaseInTheirListAndLogsAHearingWithAFile() throws Exception {
		AidCase c = fx.inState(CaseStatus.IN_PROGRESS);
		mvc.perform(get("/cases").param("q", c.number()).with(as(users, "lawyer.chengguan")))
			.andExpect(status().isOk()).andExpect(content().string(containsString(c.number())));
		mvc.perform(get("/cases/{id}", c.id().value()).with(as(users, "lawyer.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("for=\"log-kind\""), containsString("for=\"closingDate\""),
					not(containsString("for=\"ground\"")))));

		mvc.perform(multipart("/cases/{id}/log", c.id().value()).file(new MockMultipartFile("file", "传票.png", "image/png", PNG))
				.with(csrf()).with(as(users, "lawyer.chengguan"))
				.param("kind", "HEARING").param("happenedOn", China.today().toString()).param("place", "兰州市城关区人民法院")
				.param("note", "第一次开庭"))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/cases/" + c.id().value()));
		assertThat(files(c.id())).isEqualTo(1);
		LogEntry hearing = fx.as("lawyer.chengguan", () -> cases.log(c.id())).stream()
			.filter(e -> e.kind() == LogKind.HEARING).findFirst().orElseThrow();
		assertThat(hearing.place()).isEqualTo("兰州市城关区人民法院");
		assertThat(hearing.attachments()).singleElement().satisfies(a -> {
			assertThat(a.mediaType()).isEqualTo("image/png");
			assertThat(a.sha256()).hasSize(64);
		});
		long attachment = hearing.attachments().getFirst().id();
		mvc.perform(get("/cases/{id}/attachments/{a}", c.id().value(), attachment).with(as(users, "director.chengguan")))
			.andExpect(status().isOk()).andExpect(content().bytes(PNG));
		mvc.perform(get("/cases/{id}/attachments/{a}", c.id().value(), attachment).with(as(users, "clerk.qilihe")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aFileThatIsNotAnImageOrPdfIsRefusedAndNothingIsKept() throws Exception {
		AidCase c = fx.inState(CaseStatus.IN_PROGRESS);
		int entries = fx.as("lawyer.chengguan", () -> cases.log(c.id())).size();
		mvc.perform(multipart("/cases/{id}/log", c.id().value())
				.file(new MockMultipartFile("file", "判决.jpg", "image/jpeg", new byte[] { 'M', 'Z', 0, 0, 3, 0, 0, 0, 4 }))
				.with(csrf()).with(as(users, "lawyer.chengguan"))
				.param("kind", "JUDGMENT").param("happenedOn", China.today().toString()).param("amount", "1000")
				.param("note", "判决"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(messages.getMessage("evidence.error.type", null, Locale.SIMPLIFIED_CHINESE))));
		assertThat(files(c.id())).isZero();
		assertThat(fx.as("lawyer.chengguan", () -> cases.log(c.id()))).hasSize(entries);
	}

	@Test
	void aRefusedMoveIsShownOnThePageWithTheReason() throws Exception {
		AidCase c = fx.inState(CaseStatus.IN_PROGRESS);
		mvc.perform(post("/cases/{id}/conclude", c.id().value()).with(csrf()).with(as(users, "lawyer.chengguan"))
				.param("version", Integer.toString(c.version())).param("closingDate", China.today().plusDays(3).toString())
				.param("resultType", "MEDIATED").param("personsAssisted", "64"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("结案日不能晚于今天")));
		assertThat(fx.get(c.id()).status()).isEqualTo(CaseStatus.IN_PROGRESS);
		mvc.perform(post("/cases/{id}/engage", c.id().value()).with(csrf()).with(as(users, "lawyer.chengguan"))
				.param("version", Integer.toString(c.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("当前状态为“承办中”，不能进行“已签订委托协议”")));
	}

	@Test
	void aNeighbouringCountyCannotReadOrChangeTheCaseByItsId() throws Exception {
		AidCase c = fx.inState(CaseStatus.CLOSING_SUBMITTED);
		mvc.perform(get("/cases/{id}", c.id().value()).with(as(users, "clerk.qilihe"))).andExpect(status().isNotFound());
		mvc.perform(get("/cases/{id}/file.pdf", c.id().value()).with(as(users, "clerk.qilihe"))).andExpect(status().isNotFound());
		mvc.perform(post("/cases/{id}/closing/accept", c.id().value()).with(csrf()).with(as(users, "clerk.qilihe"))
				.param("version", Integer.toString(c.version())).param("archiveNumber", "QLH-1"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/cases/{id}", c.id().value()).with(as(users, "lawyer.court"))).andExpect(status().isNotFound());
		mvc.perform(get("/cases").param("q", c.number()).with(as(users, "clerk.qilihe")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("没有符合条件的案件"), not(containsString("/cases/" + c.id().value() + "\"")))));
		assertThat(fx.get(c.id()).status()).isEqualTo(CaseStatus.CLOSING_SUBMITTED);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> fx.as("clerk.qilihe", () -> cases.get(c.id())))
			.isInstanceOf(org.legalaid.shared.RecordNotFound.class);
	}

	@Test
	void theCaseFileIsOnePdfWithTheLogOutcomeAndDocuments() throws Exception {
		AidCase c = fx.inState(CaseStatus.IN_PROGRESS);
		fx.run("lawyer.chengguan", () -> cases.record(c.id(), new LogDraft(LogKind.HEARING, China.today(), "兰州市城关区人民法院",
				null, "出庭发表代理意见")));
		fx.run("lawyer.chengguan", () -> cases.record(c.id(), new LogDraft(LogKind.JUDGMENT, China.today(), null,
				new java.math.BigDecimal("186000.00"), "判决被告支付工资")));
		byte[] pdf = mvc.perform(get("/cases/{id}/file.pdf", c.id().value()).with(as(users, "director.chengguan")))
			.andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		try (var doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
			assertThat(text).contains("法律援助案件卷宗").contains(c.number()).contains("兰州市城关区人民法院")
				.contains("186000.00").contains("首次会见受援人").contains("已签订委托协议");
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM access_audit_event WHERE action = 'EXPORT' AND record_type = 'case' AND record_id = :id")
			.param("id", c.id().toString()).query(Long.class).single()).isPositive();
	}

	@Test
	void theDemoLawyerHoldsTwoChengguanCasesAssignedAndAcceptedTheWayRealOnesAre() {
		var maintenance = fx.as("lawyer.chengguan", () -> cases.list("王秀兰", false, CaseStatus.ASSIGNED,
				org.legalaid.shared.PageRequest.of(0, 20))).items();
		var wages = fx.as("lawyer.chengguan", () -> cases.list("刘永福", false, CaseStatus.IN_PROGRESS,
				org.legalaid.shared.PageRequest.of(0, 20))).items();
		assertThat(maintenance).singleElement().satisfies(c -> assertThat(c.providerName()).isEqualTo(fx.lawyer.name()));
		assertThat(wages).singleElement().satisfies(c -> assertThat(c.providerName()).isEqualTo(fx.lawyer.name()));
		for (CaseSummary summary : List.of(maintenance.getFirst(), wages.getFirst())) {
			AidCase c = fx.as("lawyer.chengguan", () -> cases.get(summary.id()));
			assertThat(c.subject().kind()).isEqualTo(CaseSubject.Kind.APPLICATION);
			assertThat(assignments.current(c.subject()).orElseThrow().status()).isEqualTo("ACCEPTED");
		}
	}

	@Test
	void everyStateMoveKindResultAndItemHasItsWordsInBothLanguages() {
		Stream<String> keys = Stream.of(
				Stream.of(CaseStatus.values()).map(CaseStatus::messageKey),
				Stream.of(CaseTransition.values()).map(CaseTransition::messageKey),
				Stream.of(LogKind.values()).map(LogKind::messageKey),
				Stream.of(ResultType.values()).map(ResultType::messageKey),
				Stream.of(ClosingItem.values()).map(ClosingItem::messageKey),
				Stream.of("D8", "D20", "D21", "D22").map(r -> "casework.deadline." + r)).flatMap(s -> s);
		keys.forEach(key -> {
			assertThat(messages.getMessage(key, null, null, Locale.SIMPLIFIED_CHINESE)).as(key).isNotNull();
			assertThat(messages.getMessage(key, null, null, Locale.ENGLISH)).as(key).isNotNull()
				.isNotEqualTo(messages.getMessage(key, null, null, Locale.SIMPLIFIED_CHINESE));
		});
	}
}
