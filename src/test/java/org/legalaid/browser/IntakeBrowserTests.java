package org.legalaid.browser;

import java.nio.file.Path;

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

/** A walk-in application with missing materials: registered by the clerk, reviewed, and the notice printed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeBrowserTests {

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

	private Page signIn(BrowserContext context, String username) {
		return Chromium.signIn(context, port, username);
	}

	@Test
	void thePublicAppliesOnAPhoneAndTheClerkSeesItInTheQueue() {
		String number;
		try (BrowserContext phone = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = phone.newPage();
			page.navigate("http://localhost:" + port + "/public/find?division=620102");
			page.getByRole(AriaRole.ARTICLE).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("城关区法律援助中心"))
				.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("网上申请")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("网上申请法律援助");
			page.getByLabel("姓名", new Page.GetByLabelOptions().setExact(true)).fill("手机申请人");
			page.getByLabel("身份证号码").fill(IdNumbers.fresh());
			page.getByLabel("手机号码").fill("13600001111");
			page.getByLabel("您要申请法律援助的事项").selectOption("A31.5");
			page.getByLabel("请简要说明发生了什么、您希望得到什么帮助").fill("在工地干了半年，老板拖欠工资两万元。");
			page.getByLabel("与案件有关的材料照片或 PDF（可选，可选多个）").setInputFiles(new com.microsoft.playwright.options.FilePayload(
					"欠条.pdf", "application/pdf", "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes()));
			page.getByLabel("我已阅读上述承诺，保证所填经济状况等信息真实。").check();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/apply-phone.png")).setFullPage(true));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交申请")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("申请已提交");
			number = page.locator(".display-6").textContent().strip();
			assertThat(number).matches("620102-\\d{4}-\\d{6}");
		}
		try (BrowserContext clerk = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = signIn(clerk, "clerk.chengguan");
			Chromium.menu(page, "申请受理");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(number)).click();
			assertThat(page.getByText("网上申请").first()).isVisible();
			assertThat(page.getByText("手机申请人")).isVisible();
		}
	}

	@Test
	void aWalkInWithMissingMaterialsGetsTheOneTimeNoticeAsAPdf() {
		String applicationUrl;
		try (BrowserContext clerk = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = signIn(clerk, "clerk.chengguan");
			Chromium.menu(page, "申请受理");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("登记新申请")).click();
			page.getByLabel("姓名", new Page.GetByLabelOptions().setExact(true)).fill("窗口申请人");
			page.getByLabel("证件号码").fill(IdNumbers.fresh());
			page.getByLabel("法律援助事项").selectOption("A31.4");
			page.getByLabel("法律援助申请表").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记申请")).click();
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("已登记");
			// the receipt is issued by a background task and the page polls for it; allow for a busy machine
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("申请材料接收凭证"))))
				.isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
			applicationUrl = page.url();
		}
		try (BrowserContext reviewer = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = signIn(reviewer, "reviewer.chengguan");
			page.navigate(applicationUrl);
			page.getByLabel("家庭人口").fill("2");
			page.getByLabel("家庭月收入（元）").fill("1200");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("按规则审查并作出决定")).click();
			assertThat(page.getByText("需补充材料").first()).isVisible();
			var notice = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("补充材料通知书")));
			assertThat(notice).isVisible();
			var response = page.request().get("http://localhost:" + port + notice.getAttribute("href"));
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.headers().get("content-type")).startsWith("application/pdf");
			assertThat(response.body().length).isGreaterThan(1000);
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/review-phone.png")).setFullPage(true));
		}
	}
}
