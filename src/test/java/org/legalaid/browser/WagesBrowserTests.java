package org.legalaid.browser;

import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A clerk records and refers an unpaid-wage complaint on a phone; the director sees the supervision on the list. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WagesBrowserTests {

	static Chromium chromium;

	@LocalServerPort int port;

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
	void aClerkRecordsAndRefersAComplaintOnAPhone() {
		try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = Chromium.signIn(context, port, "clerk.chengguan");
			page.navigate("http://localhost:" + port + "/wages");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("登记欠薪投诉")).click();
			page.getByLabel("投诉人姓名").fill("浏览器测试");
			page.getByLabel("投诉人电话").fill("13900001111");
			page.getByLabel("欠薪单位（用人单位）").fill("浏览器测试劳务公司");
			page.getByLabel("务工所在地（区划代码）").fill("620102");
			page.getByLabel("涉及人数").fill("4");
			page.getByLabel("欠薪金额（元）").fill("12000.5");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存投诉")).click();
			assertThat(page.getByText("统一社会信用代码无效")).not().isVisible();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("浏览器测试劳务公司");
			assertThat(page.getByText("139****1111")).isVisible();

			page.getByLabel("转办至").selectOption("LABOUR_INSPECTION");
			page.getByLabel("劳动保障监察机构名称（转至监察时）").fill("城关区劳动保障监察大队");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("转办")).click();
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("已保存");
			assertThat(page.locator("main")).containsText("城关区劳动保障监察大队");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/wages-complaint-phone.png")).setFullPage(true));
		}
	}

	@Test
	void theDirectorSeesTheSupervisionStateOnTheList() {
		try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = Chromium.signIn(context, port, "director.chengguan");
			Chromium.menu(page, "欠薪维权");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("欠薪投诉");
			assertThat(page.locator("main")).containsText("督办中，待答复");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/wages-list-desktop.png")).setFullPage(true));
		}
	}
}
