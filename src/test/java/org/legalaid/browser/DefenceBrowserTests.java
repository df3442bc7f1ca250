package org.legalaid.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legalaid.IdNumbers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A centre director on a phone registers the district court as a partner agency and receives its API key once; the
 * court's system sends a notification with that key over HTTP; the director finds the person as a gap, in words, on
 * the full-coverage page and opens the notification.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DefenceBrowserTests {

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
	void aDirectorRegistersACourtWhoseNotificationShowsAsAGapUntilCounselIsAssigned() throws Exception {
		String court = "城关区人民法院（浏览器" + ThreadLocalRandom.current().nextInt(10_000, 99_999) + "）";
		String person = "通知" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
		try (BrowserContext phone = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = Chromium.signIn(phone, port, "director.chengguan");
			page.navigate("http://localhost:" + port + "/defence/agencies");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("办案机关").setLevel(1))).isVisible();
			page.getByLabel("机关类型").selectOption("COURT");
			page.getByLabel("机关名称").fill(court);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记并生成接口密钥")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(court).setLevel(1))).isVisible();
			assertThat(page.getByText("离开本页后不再显示")).isVisible();
			String key = page.locator("#issued-key").textContent().strip();
			page.reload();
			assertThat(page.locator("#issued-key")).hasCount(0);

			String body = """
					{"caseNumber": "（2026）甘0102刑初%d号", "stage": "TRIAL", "reason": "BLIND_DEAF_OR_MUTE", "charge": "盗窃",
					 "person": {"name": "%s", "idNumber": "%s", "language": "csl"}}"""
				.formatted(ThreadLocalRandom.current().nextInt(1000, 9999), person, IdNumbers.fresh());
			HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/api/v1/partner/notifications"))
				.header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(201);

			page.navigate("http://localhost:" + port + "/defence/coverage");
			page.getByLabel("办案机关").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(court));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("搜索")).click();
			assertThat(page.locator("#figures")).containsText("缺口");
			assertThat(page.getByText("尚无律师，已等待 0 小时").first()).isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/defence-coverage-phone.png")).setFullPage(true));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(person).setExact(false)).click();
			assertThat(page.getByText("视力、听力、言语残疾人（法律援助法第二十五条第一款第二项）")).isVisible();
			assertThat(page.getByText("需要语言：手语")).isVisible();
		}
	}
}
