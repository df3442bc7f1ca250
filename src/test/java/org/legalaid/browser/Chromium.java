package org.legalaid.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium driven by Playwright, headless. Playwright never downloads a browser here. Where Chromium is
 * missing the browser tests are skipped on a developer's machine but fail under CI (CI=true).
 */
final class Chromium implements AutoCloseable {

	private static final Path DEFAULT = Path.of("/usr/bin/chromium");

	private final Playwright playwright;
	final Browser browser;

	private Chromium(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	static Chromium launch() {
		Path executable = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", DEFAULT.toString()));
		boolean present = Files.isExecutable(executable);
		if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("Chromium not found at " + executable + " (CI must install it)");
		}
		assumeTrue(present, "Chromium not installed at " + executable);
		Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
			.setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--no-first-run", "--disable-quic")));
		return new Chromium(playwright, browser);
	}

	/** A page signed in as a demo account, on the start page. */
	static Page signIn(BrowserContext context, int port, String username) {
		Page page = context.newPage();
		page.navigate("http://localhost:" + port + "/login");
		page.getByLabel("用户名").fill(username);
		page.getByLabel("密码").fill("LegalAid2026");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("您好");
		return page;
	}

	/**
	 * Opens an entry of the main menu as its user would: on a phone the menu is folded behind its button, which is
	 * tapped first. Whether the menu is folded is read once the page and its style sheets have loaded. Returns once
	 * the opened page has loaded, its scripts included, so keyboard shortcuts they bind are live.
	 */
	static void menu(Page page, String entry) {
		page.waitForLoadState();
		Locator toggler = page.locator("button.navbar-toggler");
		Locator link = page.locator("#main-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(entry).setExact(true));
		if (toggler.isVisible()) {
			toggler.click();
			assertThat(link).isVisible();
		}
		String target = (String) link.evaluate("a => a.href");
		link.click();
		page.waitForURL(target);
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}
}
