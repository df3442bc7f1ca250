package org.legalaid.browser;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legalaid.Staff;
import org.legalaid.assignment.CaseSubject;
import org.legalaid.assignment.LawyerAssigned;
import org.legalaid.casework.AidCase;
import org.legalaid.casework.CaseLifecycle;
import org.legalaid.casework.CaseStatus;
import org.legalaid.casework.Cases;
import org.legalaid.casework.LogDraft;
import org.legalaid.casework.LogKind;
import org.legalaid.lawyers.LawyerPool;
import org.legalaid.lawyers.Provider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A lawyer on a phone records a hearing and a judgment with the amount awarded, concludes the case and submits the
 * closing materials; the director reviews them and accepts the closing under an archive number.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseworkBrowserTests {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	static Chromium chromium;

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;
	@Autowired UserDetailsService users;
	@Autowired LawyerPool pool;
	@Autowired Cases cases;
	@Autowired CaseLifecycle lifecycle;
	@Autowired ApplicationEventPublisher events;
	@Autowired TransactionTemplate transaction;

	@BeforeAll
	static void launch() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void close() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void aLawyerRecordsTheHearingAndJudgmentAndTheDirectorAcceptsTheClosing() {
		AidCase c = caseInProgress();
		String url = "http://localhost:" + port + "/cases/" + c.id().value();
		String archiveNumber = "城援档" + c.id().value();

		try (BrowserContext phone = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = Chromium.signIn(phone, port, "lawyer.chengguan");
			Chromium.menu(page, "案件办理");
			page.getByLabel("案号、编号或受援人").fill(c.number());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("搜索")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(c.number() + " · " + c.recipientLabel())).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(c.number());
			assertThat(page.getByText("承办中").first()).isVisible();

			page.getByLabel("记录类型").selectOption("HEARING");
			page.getByLabel("日期", new Page.GetByLabelOptions().setExact(true)).fill(LocalDate.now(CHINA).toString());
			page.getByLabel("法院、检察机关或调解组织").fill("兰州市城关区人民法院");
			page.getByLabel("情况说明").fill("出庭发表代理意见，被告对欠薪数额无异议。");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存记录")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("办案记录已保存");

			page.getByLabel("记录类型").selectOption("JUDGMENT");
			page.getByLabel("金额（元）", new Page.GetByLabelOptions().setExact(true)).fill("186000.00");
			page.getByLabel("情况说明").fill("判决被告支付64名农民工工资。");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存记录")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("办案记录已保存");
			Locator log = page.locator("#case-log");
			assertThat(log).containsText("出庭");
			assertThat(log).containsText("兰州市城关区人民法院");
			assertThat(log).containsText("186000.00");

			page.getByLabel("结果类型").selectOption("CLAIM_UPHELD");
			assertThat(page.getByLabel("判决（裁定、调解）确定金额（元）")).hasValue("186000.00");
			page.getByLabel("实际挽回经济损失（元）").fill("120000");
			page.getByLabel("受援人数").fill("64");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("办结")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("已办结");
			assertThat(page.locator("#outcome")).containsText("64");

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交结案材料")).click();
			assertThat(page.getByText("还有 4 项必交材料未勾选")).isVisible();
			page.getByLabel("给予法律援助决定书、指派通知书").check();
			page.getByLabel("委托协议、授权委托书").check();
			page.getByLabel("判决书、裁定书或调解书副本").check();
			page.getByLabel("办理情况报告（必交）").check();
			page.getByLabel("办理情况报告", new Page.GetByLabelOptions().setExact(true)).fill("一审胜诉，已执行到位十二万元。");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/casework-closing-phone.png")).setFullPage(true));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交结案材料")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("结案材料已提交");
		}

		try (BrowserContext desk = chromium.browser.newContext()) {
			Page page = Chromium.signIn(desk, port, "director.chengguan");
			page.navigate(url);
			assertThat(page.getByText("结案材料待审查").first()).isVisible();
			assertThat(page.getByText("一审胜诉，已执行到位十二万元。")).isVisible();
			page.getByLabel("档案号").fill(archiveNumber);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审查通过并归档")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("结案审查通过，已归档");
			assertThat(page.getByText("已归档").first()).isVisible();
			assertThat(page.locator("#timeline")).containsText("结案审查通过并归档");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/casework-archived.png")).setFullPage(true));
		}

		AidCase archived = Staff.signedIn(users, "director.chengguan", () -> cases.get(c.id()));
		org.assertj.core.api.Assertions.assertThat(archived.status()).isEqualTo(CaseStatus.ARCHIVED);
		org.assertj.core.api.Assertions.assertThat(archived.archiveNumber()).isEqualTo(archiveNumber);
		org.assertj.core.api.Assertions.assertThat(archived.outcome().personsAssisted()).isEqualTo(64);
		org.assertj.core.api.Assertions.assertThat(archived.outcome().amountAwarded()).isEqualByComparingTo("186000");
	}

	/** A new case of lawyer.chengguan, opened as the assignment module opens it, with the agreement signed and a first meeting. */
	private AidCase caseInProgress() {
		Provider lawyer = Staff.signedIn(users, "lawyer.chengguan", () -> pool.byAccount("lawyer.chengguan")).orElseThrow();
		long centre = jdbc.sql("SELECT id FROM network_unit WHERE division_code = '620102' AND kind = 'CENTRE'").query(Long.class).single();
		String path = jdbc.sql("SELECT unit_path FROM network_unit WHERE id = :id").param("id", centre).query(String.class).single();
		long subjectId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
		CaseSubject subject = new CaseSubject(CaseSubject.Kind.NOTIFICATION, subjectId, "城关劳监转〔2026〕" + (subjectId % 1000) + "号");
		OffsetDateTime now = OffsetDateTime.now(CHINA);
		transaction.executeWithoutResult(s -> events.publishEvent(new LawyerAssigned(subjectId, subject, lawyer.id().value(),
				lawyer.name(), "lawyer.chengguan", lawyer.organisationId() == null ? 0 : lawyer.organisationId().value(),
				lawyer.organisationName() == null ? "城关区法律援助中心" : lawyer.organisationName(), centre, path, "620102",
				"LABOUR_PAY", now.minusHours(1), now, false)));
		return Staff.signedIn(users, "lawyer.chengguan", () -> {
			AidCase c = cases.bySubject(subject).orElseThrow();
			lifecycle.engage(c.id(), c.version(), null);
			cases.record(c.id(), new LogDraft(LogKind.MEETING, LocalDate.now(CHINA), null, null, "会见农民工代表。"));
			return cases.get(c.id());
		});
	}
}
