package org.legalaid.browser;

import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Real-browser journeys through the service network, at desktop and phone width. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NetworkBrowserTests {

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

	private Page signIn(BrowserContext context, String username) {
		return Chromium.signIn(context, port, username);
	}

	private long chengguanCentre() {
		return jdbc.sql("SELECT id FROM network_unit WHERE division_code = '620102' AND kind = 'CENTRE'").query(Long.class).single();
	}

	@Test
	void aClerkBrowsesTheTreeAndOpensAUnit() {
		try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = signIn(context, "clerk.chengguan");
			Chromium.menu(page, "服务网络");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("法律援助服务网络");
			page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
			page.waitForFunction("() => window.htmx !== undefined");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("展开 城关区法律援助中心 的下级单位")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("城关区妇联法律援助工作站")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("城关区妇联法律援助工作站");
			assertThat(page.getByText("妇女联合会")).isVisible();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("城关区法律援助中心")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("显示本单位工作人员")).click();
			assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("clerk.chengguan"))).isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/unit-desktop.png")).setFullPage(true));
		}
	}

	@Test
	void aNeighbouringClerkIsRefusedTheUnitAndItsStaff() {
		long unit = chengguanCentre();
		try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = signIn(context, "clerk.qilihe");
			page.navigate("http://localhost:" + port + "/network/units/" + unit);
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("不在您的管辖范围内");
			assertThat(page.locator("main")).not().containsText("城关区法律援助中心");
			page.navigate("http://localhost:" + port + "/access/units/" + unit + "/staff");
			assertThat(page.locator("main")).not().containsText("clerk.chengguan");
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("不在您的管辖范围内");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/refused-phone.png")).setFullPage(true));
		}
	}

	@Test
	void thePublicFindsLegalAidOnAPhone() {
		try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + port + "/public/find");
			page.getByLabel("请选择省份").selectOption("620000");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("下一步")).click();
			page.getByLabel("请选择甘肃省下的地区").selectOption("620200");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("下一步")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("嘉峪关市法律援助中心"))).isVisible();
			assertThat(page.locator("a.hotline")).hasAttribute("href", "tel:12348");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/find-phone.png")).setFullPage(true));
		}
	}
}
