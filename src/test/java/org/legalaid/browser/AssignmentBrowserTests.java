package org.legalaid.browser;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legalaid.IdNumbers;
import org.legalaid.Staff;
import org.legalaid.eligibility.ApplicantRole;
import org.legalaid.eligibility.Materials;
import org.legalaid.eligibility.MigrantClaim;
import org.legalaid.eligibility.SignatureKind;
import org.legalaid.intake.ApplicationDraft;
import org.legalaid.intake.Applications;
import org.legalaid.intake.Channel;
import org.legalaid.intake.OpposingParty;
import org.legalaid.intake.Registration;
import org.legalaid.intake.ReviewInput;
import org.legalaid.intake.Reviews;
import org.legalaid.people.IdentityDocumentType;
import org.legalaid.people.PersonDraft;
import org.legalaid.people.PersonGroup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The director assigns a granted case to 李明 (lawyer.chengguan), who finds it on their phone among the offers and accepts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssignmentBrowserTests {

	static Chromium chromium;

	@LocalServerPort int port;
	@Autowired Applications applications;
	@Autowired Reviews reviews;
	@Autowired UserDetailsService users;

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
	void theDirectorAssignsAGrantedCaseAndTheLawyerAcceptsItFromTheirList() {
		var draft = new ApplicationDraft(new PersonDraft("指派浏览器测试", IdentityDocumentType.RESIDENT_ID, IdNumbers.fresh(), null, null, null,
				null, "13900002222", null, "620102", Set.of(PersonGroup.MIGRANT_WORKER)), null, null, "A31.5", Channel.WINDOW, null, "拖欠工资",
				List.of(new OpposingParty("某劳务公司", null, null, "用人单位")), null, new HashSet<>(Materials.ORDER));
		Registration r = Staff.signedIn(users, "clerk.chengguan", () -> applications.register(draft, null));
		Staff.signedIn(users, "reviewer.chengguan", () -> reviews.review(r.id(), new ReviewInput(ApplicantRole.CIVIL_OR_ADMIN_PARTY, false,
				false, 2, new BigDecimal("2000"), false, MigrantClaim.PAY, true, SignatureKind.SELF, null, null, false)));

		try (BrowserContext director = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = Chromium.signIn(director, port, "director.chengguan");
			page.onDialog(Dialog::accept);
			Chromium.menu(page, "指派");
			page.getByLabel("显示").selectOption("WAITING");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("搜索")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(r.number())).click();
			assertThat(page.locator("#case-status")).hasText("待指派");
			page.getByLabel("李明", new Page.GetByLabelOptions().setExact(true)).check();
			page.getByLabel("改派理由（不按轮流首位指派时必填，将记入审计）").fill("熟悉劳动争议，就近便于会见");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("指派").setExact(true)).click();
			assertThat(page.locator("#case-status")).hasText("已指派待接受");
			assertThat(page.getByText("李明").first()).isVisible();
		}
		try (BrowserContext lawyer = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = Chromium.signIn(lawyer, port, "lawyer.chengguan");
			page.onDialog(Dialog::accept);
			page.navigate("http://localhost:" + port + "/assignments/offers");
			Locator offer = page.locator(".offer").filter(new Locator.FilterOptions().setHasText(r.number()));
			assertThat(offer).containsText("待接受");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/assignment-offers-phone.png")).setFullPage(true));
			offer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("接受指派")).click();
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("已接受指派");
			Locator accepted = page.locator(".offer").filter(new Locator.FilterOptions().setHasText(r.number()));
			assertThat(accepted).containsText("已接受");
			assertThat(accepted.getByRole(AriaRole.LINK)).hasCount(3);
		}
	}
}
