package org.legalaid.browser;

import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legalaid.IdNumbers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The 12348 operator records a call and refers it to a county centre's intake; the clerk there opens it pre-filled. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReferralBrowserTests {

	static Chromium chromium;

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;

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
	void anOperatorRefersACallToIntakeAndTheClerkOpensThePrefilledApplication() {
		String chengguan = jdbc.sql("SELECT id FROM network_unit WHERE division_code = '620102' AND kind = 'CENTRE'")
			.query(Long.class).single().toString();
		String consultationUrl;
		try (BrowserContext operator = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = Chromium.signIn(operator, port, "hotline.gansu");
			Chromium.menu(page, "12348 接听");
			page.getByLabel("咨询问题").fill("在城关区工地干活，老板拖欠四个月工资，能申请法律援助吗？");
			page.getByLabel("解答摘要").fill("可以申请，已转城关区法律援助中心受理。");
			page.getByLabel("咨询类别").selectOption("LABOUR");
			page.getByLabel("来电人姓名（可选）").fill("转介来电人");
			page.getByLabel("来电号码（可选）").fill("13700003333");
			page.getByLabel("咨询问题").press("Control+Enter");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查看")).click();

			page.getByLabel("转介至").selectOption("INTAKE");
			page.getByLabel("法律援助中心").selectOption(chengguan);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("转介").setExact(true)).click();
			assertThat(page.getByText("已转介").first()).isVisible();
			consultationUrl = page.url();
		}
		try (BrowserContext clerk = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = Chromium.signIn(clerk, port, "clerk.chengguan");
			page.navigate("http://localhost:" + port + "/intake/applications");
			Locator referrals = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("咨询转来待登记的申请")));
			referrals.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("登记申请")).last().click();

			assertThat(page.locator("#handover")).containsText("hotline.gansu");
			assertThat(page.getByLabel("姓名", new Page.GetByLabelOptions().setExact(true))).hasValue("转介来电人");
			assertThat(page.getByLabel("联系电话")).hasValue("13700003333");
			assertThat(page.getByLabel("案情简述")).hasValue(java.util.regex.Pattern.compile("老板拖欠四个月工资"));
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/referred-application-phone.png")).setFullPage(true));

			page.getByLabel("证件号码").fill(IdNumbers.fresh());
			page.getByLabel("法律援助事项").selectOption("A31.5");
			page.getByLabel("法律援助申请表").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记申请")).click();
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("已登记");
		}
		try (BrowserContext operator = chromium.browser.newContext()) {
			Page page = Chromium.signIn(operator, port, "hotline.gansu");
			page.navigate(consultationUrl);
			assertThat(page.getByText("已办结").first()).isVisible();
			assertThat(page.getByText(java.util.regex.Pattern.compile("620102-\\d{4}-\\d{6}")).first()).isVisible();
		}
	}
}
