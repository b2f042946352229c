package io.cotrain.e2e;

import io.cotrain.CoTrainTest;
import io.cotrain.notification.delivery.DeliveryWorker;
import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Progress sync on a phone: clerk.wang@demo opens her path, sees cadre.zhang's progress beside hers, passes the
 * order-entry quiz (the last unit of 订单录入规范 in the demo) — and cadre.zhang@demo finds the notice in his inbox and
 * her completed course on his own page.
 */
@CoTrainTest
class MyTrainingJourneyIT extends BrowserJourney {

	@Autowired
	DeliveryWorker worker;

	@Test
	void theClerkCompletesTheOrderEntryCourseOnHerPhoneAndTheCadreIsTold() {
		open(new Browser.NewContextOptions().setViewportSize(375, 740).setIsMobile(true).setHasTouch(true));
		logIn("clerk.wang@demo");
		page.navigate(url("/my/training"));
		openDemoProgramme();
		assertThat(page.locator("#myPath")).containsText("订单录入规范");
		assertThat(page.locator("#partners")).containsText("张伟");
		screenshot("my-training-phone-zh");

		page.locator("#myPath a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("订单录入规范")).click();
		assertThat(page.locator("#units")).containsText("订单录入测验");
		page.locator("#units a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("订单录入测验")).click();
		page.locator("#quiz fieldset").nth(0).locator("input").nth(2).check();
		page.locator("#quiz fieldset").nth(1).locator("input").nth(1).check();
		page.locator("#quiz fieldset").nth(2).locator("input").nth(0).check();
		page.locator("#quiz fieldset").nth(2).locator("input").nth(1).check();
		page.locator("#quiz fieldset").nth(2).locator("input").nth(3).check();
		page.locator("#quiz button[type=submit]").click();
		assertThat(page.locator("#grade")).containsText("通过");
		screenshot("my-quiz-passed-phone-zh");
		assertNoBrowserErrors();

		worker.runOnce();
		open(new Browser.NewContextOptions().setViewportSize(1280, 900));
		logIn("cadre.zhang@demo");
		page.navigate(url("/inbox"));
		assertThat(page.locator("main")).containsText("文员王芳已完成「订单录入规范」");
		page.navigate(url("/my/training"));
		openDemoProgramme();
		assertThat(page.locator("#partners")).containsText("王芳");
		assertThat(page.locator("#partners")).containsText("100%");
		screenshot("my-training-partner-done-zh");
		assertNoBrowserErrors();
	}

	/** The demo programme's card (other journeys may have enrolled the same people in programmes of their own). */
	private void openDemoProgramme() {
		page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions()
			.setName("订单流程协同训练营").setExact(true)).click();
		page.waitForURL(java.util.regex.Pattern.compile(".*/my/training/[0-9a-f-]{36}$"));
	}
}
