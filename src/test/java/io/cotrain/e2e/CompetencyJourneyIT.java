package io.cotrain.e2e;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import io.cotrain.CoTrainTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * HR maintains the competency model in the browser: through the grouped navigation (mouse and keyboard) to the
 * competency list, a new competency with its level descriptors, an edit, and the required levels of a position.
 */
@CoTrainTest
class CompetencyJourneyIT extends BrowserJourney {

	@Test
	void hrOpensTheMenuAndCreatesAndEditsACompetency() {
		logIn("hr@acme");
		Locator toggle = page.locator("[data-nav-group='nav.group.competency'] .dropdown-toggle");
		Locator item = page.locator("#mainMenu a.dropdown-item[href='/competencies']");
		assertThat(item).isHidden();
		toggle.click();
		assertThat(toggle).hasAttribute("aria-expanded", "true");
		assertThat(item).isVisible();
		assertThat(page.locator("#mainMenu a.dropdown-item[href='/regions']")).isHidden();
		screenshot("nav-competency-menu");
		item.click();
		page.waitForURL(url("/competencies"));

		String code = "E2E-" + UUID.randomUUID().toString().substring(0, 8);
		page.locator("main a[href='/competencies/new']").click();
		page.locator("#code").fill(code);
		page.locator("#nameZh").fill("订单跟进");
		page.locator("#category").selectOption("EXECUTION");
		page.locator("#levelsZh0").fill("能按流程录入订单");
		page.locator("#levelsEn0").fill("Enters orders by the book");
		page.locator("main button[type=submit]").click();
		page.waitForURL(url("/competencies"));
		Locator row = page.locator("#competencies tbody tr").filter(new Locator.FilterOptions().setHasText(code));
		assertThat(row).containsText("订单跟进");
		assertThat(row).containsText(Pattern.compile("能按流程录入订单|Enters orders by the book")); // the descriptor in the UI's language

		row.locator("a[href$='/edit']").click();
		page.waitForURL(Pattern.compile(".*/competencies/[0-9a-f-]+/edit$"));
		assertThat(page.locator("#code")).not().isEditable();
		page.locator("#nameEn").fill("Order follow-up");
		page.locator("#levelsZh2").fill("能发现并纠正订单差错");
		screenshot("competency-form");
		page.locator("main button[type=submit]").click();
		page.waitForURL(url("/competencies"));
		assertThat(page.locator(".alert-success")).isVisible();
		assertThat(row).containsText("Order follow-up");
		assertThat(row).containsText("能发现并纠正订单差错");
		screenshot("competencies");
		assertNoBrowserErrors();
	}

	@Test
	void theMenusWorkWithTheKeyboard() {
		logIn("hr@demo");
		Locator toggle = page.locator("[data-nav-group='nav.group.competency'] .dropdown-toggle");
		toggle.focus();
		page.keyboard().press("Enter");
		assertThat(toggle).hasAttribute("aria-expanded", "true");
		page.keyboard().press("ArrowDown");
		assertThat(page.locator("#mainMenu a.dropdown-item[href='/competencies']")).isFocused();
		page.keyboard().press("ArrowDown");
		Locator requirements = page.locator("#mainMenu a.dropdown-item[href='/competencies/requirements']");
		assertThat(requirements).isFocused();
		page.keyboard().press("Enter");
		page.waitForURL(url("/competencies/requirements"));
		assertThat(requirements).hasAttribute("aria-current", "page");

		page.locator("#choose-position").selectOption(new SelectOption().setIndex(1));
		assertThat(page.locator("#requirements tbody tr")).not().hasCount(0);
		assertThat(page).hasURL(Pattern.compile(".*/competencies/requirements\\?positionId=[0-9a-f-]+$"));
		screenshot("requirements");

		page.keyboard().press("Escape");
		toggle.focus();
		page.keyboard().press("Enter");
		page.keyboard().press("Escape");
		assertThat(toggle).hasAttribute("aria-expanded", "false");
		assertNoBrowserErrors();
	}

	@Test
	void onAPhoneTheMenusOpenInsideTheCollapsedNavigation() {
		context.close();
		open(new Browser.NewContextOptions().setViewportSize(375, 740).setIsMobile(true).setHasTouch(true));
		logIn("hr@demo");
		page.locator("nav .navbar-toggler").tap();
		Locator kpis = page.locator("#mainMenu a.dropdown-item[href='/kpis']");
		assertThat(kpis).isHidden();
		page.locator("[data-nav-group='nav.group.competency'] .dropdown-toggle").tap();
		assertThat(kpis).isVisible();
		screenshot("phone-competency-menu");
		kpis.tap();
		page.waitForURL(url("/kpis"));
		assertThat(page.locator("#kpis")).containsText("ORDER_ERROR_RATE");
		screenshot("phone-kpis");
		assertNoBrowserErrors();
	}
}
