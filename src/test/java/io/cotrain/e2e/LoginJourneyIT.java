package io.cotrain.e2e;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.cotrain.CoTrainTest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Browser journeys through the real application in Debian's headless Chromium (see STACK.md, pitfall 3):
 * login, the zh-CN default with the switch to English, logout, tenant isolation in the pages, and the
 * collapsed navigation on a phone. Each journey has a browser context of its own (no shared cookies) and
 * leaves a screenshot of each page it lands on in {@code target/e2e-screenshots}.
 */
@CoTrainTest
class LoginJourneyIT extends BrowserJourney {

	@Test
	void hrLogsInInChineseSwitchesToEnglishAndLogsOut() {
		try {
			logIn("hr@demo");
			assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
			assertThat(page.locator("nav")).containsText("首页");
			assertThat(page.locator("main h1")).hasText("欢迎，陈静");
			assertThat(page.locator("main")).containsText("示例制造有限公司");
			assertThat(figure("区域数")).hasText("2");
			assertFiguresAreNumbers();
			screenshot("demo-home-zh");

			Locator english = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English").setExact(true));
			assertThat(english).isVisible();
			english.click();
			page.waitForURL(url("/?lang=en"));
			assertEnglishHome();
			screenshot("demo-home-en");

			page.reload();
			assertEnglishHome();
			page.navigate(url("/")); // no ?lang: the cookie remembers the choice
			assertEnglishHome();

			page.locator("#userMenu").click();
			Locator logout = page.locator("#logout");
			assertThat(logout).isVisible();
			assertThat(logout).hasText("Log out");
			logout.click();
			page.waitForURL(url("/login?logout"));
			assertThat(page.locator("#username")).isVisible();
			assertThat(page.locator("[role=status]")).hasText("You have been logged out.");
			screenshot("demo-logged-out");

			page.navigate(url("/"));
			page.waitForURL(url("/login")); // the session is gone
			assertNoBrowserErrors();
		}
		finally {
			restoreChineseFor("hr@demo");
		}
	}

	@Test
	void anotherTenantSeesNoneOfTheDemoData() {
		logIn("hr@acme");
		assertThat(page.locator("main")).containsText("Acme Trading Co.");
		assertThat(figure(Pattern.compile("^(Regions|区域数)$"))).hasText("1");
		assertNoDemoData();
		screenshot("acme-home");

		page.navigate(url("/regions"));
		assertThat(page.locator("main table")).containsText("hq");
		assertThat(page.locator("main table")).containsText("Head office · Shenzhen");
		assertThat(page.locator("main tbody tr")).hasCount(1);
		assertNoDemoData();
		screenshot("acme-regions");

		page.navigate(url("/accounts"));
		assertThat(page.locator("main table")).containsText("hr@acme");
		assertNoDemoData();
		screenshot("acme-accounts");
		assertNoBrowserErrors();
	}

	@Test
	void onAPhoneTheNavigationCollapsesIntoTheToggler() {
		context.close();
		open(new Browser.NewContextOptions().setViewportSize(375, 740).setIsMobile(true).setHasTouch(true));
		logIn("hr@demo");

		Locator toggler = page.locator("nav .navbar-toggler");
		Locator menu = page.locator("#mainNav");
		Locator homeLink = menu.locator("a.nav-link[href='/']");
		assertThat(toggler).isVisible();
		assertThat(toggler).hasAttribute("aria-expanded", "false");
		assertThat(menu).isHidden();
		assertThat(homeLink).isHidden();
		screenshot("phone-home");

		toggler.tap();
		assertThat(menu).isVisible();
		assertThat(menu).hasClass(Pattern.compile("\\bshow\\b"));
		assertThat(toggler).hasAttribute("aria-expanded", "true");
		assertThat(homeLink).isVisible();
		Locator regions = menu.locator("a.dropdown-item[href='/regions']");
		assertThat(regions).isHidden();
		menu.locator("[data-nav-group='nav.group.system'] .dropdown-toggle").tap();
		assertThat(regions).isVisible();
		assertThat(menu.locator("#userMenu")).isVisible();
		screenshot("phone-nav-open");
		regions.tap();
		page.waitForURL(url("/regions"));
		assertThat(page.locator("main h1")).isVisible();
		assertNoBrowserErrors();
	}



	/** The account's language follows the last choice in the UI; put hr@demo back to the default. */
	private void restoreChineseFor(String username) {
		BrowserContext saved = context;
		open(new Browser.NewContextOptions());
		try {
			logIn(username);
			page.navigate(url("/?lang=zh-CN"));
			assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
		}
		finally {
			context.close();
			context = saved;
		}
	}

	private void assertEnglishHome() {
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("nav")).containsText("Home");
		assertThat(page.locator("nav")).not().containsText("首页");
		assertThat(page.locator("#logout")).hasText("Log out");
		assertThat(page.locator("main h1")).hasText("Welcome, 陈静");
		assertThat(page.locator("main")).containsText("Demo Manufacturing Co., Ltd.");
		assertThat(page.locator("main")).not().containsText("示例制造");
		assertThat(figure("Regions")).hasText("2");
	}

	private Locator figure(String label) {
		return figure(Pattern.compile("^" + label + "$")); // no Pattern.quote: \Q..\E does not exist in JavaScript
	}

	/** The number on the landing-page card whose label matches. */
	private Locator figure(Pattern label) {
		return page.locator("#figures .figure")
			.filter(new Locator.FilterOptions().setHas(page.locator(".text-muted").filter(new Locator.FilterOptions().setHasText(label))))
			.locator(".display-6");
	}

	private void assertFiguresAreNumbers() {
		Locator values = page.locator("#figures .figure .display-6");
		assertThat(values).not().hasCount(0);
		Assertions.assertThat(values.allInnerTexts()).allMatch(v -> v.trim().matches("\\d+"), "a whole number");
	}

	private void assertNoDemoData() {
		String text = page.locator("body").innerText();
		String html = page.content();
		for (String demo : List.of("示例制造", "cn-east", "@demo")) {
			Assertions.assertThat(text).as("text of %s", page.url()).doesNotContain(demo);
			Assertions.assertThat(html).as("HTML of %s", page.url()).doesNotContain(demo);
		}
	}
}
