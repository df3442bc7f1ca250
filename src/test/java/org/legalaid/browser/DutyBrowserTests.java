package org.legalaid.browser;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
import org.legalaid.duty.DutyFigures;
import org.legalaid.duty.LegalHelpFigures;
import org.legalaid.duty.Rosters;
import org.legalaid.duty.Shift;
import org.legalaid.duty.ShiftDraft;
import org.legalaid.duty.StationFigures;
import org.legalaid.lawyers.LawyerPool;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A duty lawyer on a phone records legal help at the Chengguan detention-centre station during their shift —
 * a consultation in a plea-leniency case, present at the signing — and finds it in the list and in the station's figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DutyBrowserTests {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	static Chromium chromium;

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;
	@Autowired UserDetailsService users;
	@Autowired Rosters rosters;
	@Autowired LawyerPool pool;
	@Autowired LegalHelpFigures figures;

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
	void aDutyLawyerRecordsLegalHelpAtTheDetentionCentreOnAPhone() {
		long station = jdbc.sql("SELECT id FROM network_unit WHERE name = '城关区看守所法律援助工作站'").query(Long.class).single();
		onDutyNow(station);
		LocalDate today = LocalDate.now(CHINA);
		StationFigures before = stationFigures(station, today);
		String person = "手机登记" + ThreadLocalRandom.current().nextInt(10_000, 99_999);

		try (BrowserContext phone = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = Chromium.signIn(phone, port, "lawyer.chengguan");
			page.navigate("http://localhost:" + port + "/duty");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("我的值班").setLevel(1))).isVisible();
			assertThat(page.getByText("正在值班").first()).isVisible();
			assertThat(page.getByLabel("值班工作站")).hasValue(Long.toString(station));

			page.getByLabel("诉讼阶段").selectOption("PROSECUTION_REVIEW");
			page.getByLabel("姓名", new Page.GetByLabelOptions().setExact(true)).fill(person);
			page.getByLabel("羁押场所（可选）").fill("兰州市城关区看守所");
			page.getByLabel("案号（可选）").fill("城检刑诉〔2026〕88号");
			page.getByLabel("法律咨询").check();
			page.getByLabel("认罪认罚案件", new Page.GetByLabelOptions().setExact(true)).check();
			page.getByLabel("在场见证签署认罪认罚具结书").check();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/duty-record-phone.png")).setFullPage(true));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存记录")).click();
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("已保存");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("法律帮助记录").setExact(true)).first().click();
			page.getByLabel("姓名、案号或身份证号码").fill(person);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("搜索")).click();
			Locator item = page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(person));
			assertThat(item).hasCount(1);
			assertThat(item).containsText("城关区看守所法律援助工作站");
			assertThat(item).containsText("审查起诉阶段");
			assertThat(item).containsText("在场见证签署认罪认罚具结书");
			item.getByRole(AriaRole.LINK).first().click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(person);
			assertThat(page.locator("dl")).containsText("法律咨询");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("法律帮助记录").setExact(true)).first().click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("值班统计")).click();
			page.getByLabel("统计范围").selectOption(Long.toString(station));
			page.getByLabel("起始日期").fill(today.toString());
			page.getByLabel("截止日期").fill(today.toString());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("统计")).click();
			Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("城关区看守所法律援助工作站"));
			List<String> cells = row.getByRole(AriaRole.CELL).allInnerTexts();
			org.assertj.core.api.Assertions.assertThat(cells.subList(0, 5)).containsExactly(
					Long.toString(before.peopleHelped() + 1), Long.toString(before.applicationsForwarded()),
					Long.toString(before.forwardedLate()), Long.toString(before.pleaLeniency() + 1),
					Long.toString(before.presentAtSigning() + 1));
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/duty-figures-phone.png")).setFullPage(true));
		}
	}

	private StationFigures stationFigures(long station, LocalDate day) {
		DutyFigures f = Staff.signedIn(users, "lawyer.chengguan", () -> figures.figures(station, day, day));
		return f.total();
	}

	/** Puts lawyer.chengguan on duty at the station now, unless the demo's shift for today already covers the next while. */
	private void onDutyNow(long station) {
		OffsetDateTime now = OffsetDateTime.now(CHINA);
		List<Shift> mine = Staff.signedIn(users, "lawyer.chengguan", () -> rosters.myShifts());
		if (mine.stream().anyMatch(s -> s.stationUnitId() == station && s.covers(now) && s.endsAt().isAfter(now.plusMinutes(15)))) {
			return;
		}
		OffsetDateTime start = now.truncatedTo(ChronoUnit.MINUTES);
		for (Shift s : mine) {
			if (s.covers(now) && s.endsAt().isAfter(start)) {
				start = s.endsAt();
			}
		}
		OffsetDateTime end = start.plusHours(2);
		for (Shift s : mine) {
			if (s.startsAt().isAfter(start) && s.startsAt().isBefore(end)) {
				end = s.startsAt();
			}
		}
		var provider = Staff.signedIn(users, "lawyer.chengguan", () -> pool.byAccount("lawyer.chengguan")).orElseThrow().id();
		OffsetDateTime until = end;
		OffsetDateTime from = start;
		Staff.signedIn(users, "director.chengguan", () -> rosters.schedule(new ShiftDraft(station, provider, from, until)));
	}
}
