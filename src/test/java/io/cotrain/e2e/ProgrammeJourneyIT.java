package io.cotrain.e2e;

import io.cotrain.CoTrainTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Programmes in a real browser: HR opens the demo programme made from the saved need, then creates a programme of
 * their own from that need through the 培训 menu — field errors first — and publishes it.
 */
@CoTrainTest
class ProgrammeJourneyIT extends BrowserJourney {

	@Test
	void hrCreatesAProgrammeFromTheSavedNeedAndPublishesIt() {
		logIn("hr@demo");
		page.navigate(url("/programmes"));
		assertThat(page.locator("#programmes")).containsText("订单流程协同训练营");
		screenshot("programmes-zh");

		page.locator("a[href='/programmes/new']").click();
		page.locator("main form.card button[type=submit]").click();
		assertThat(page.locator(".invalid-feedback").first()).isVisible();
		assertThat(page.locator("main form.card")).containsText("请填写项目编码");

		page.locator("#code").fill("E2E-CAMP");
		page.locator("#name").fill("订单流程协同训练营·第二期");
		page.locator("#needId").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
		page.locator("#startsOn").fill("2026-12-07");
		page.locator("#endsOn").fill("2027-01-31");
		page.locator("input[name=regions]").first().check();
		page.locator("main form.card button[type=submit]").click();
		page.waitForURL(java.util.regex.Pattern.compile(".*/programmes/[0-9a-f-]{36}$"));
		assertThat(page.locator("section")).containsText("订单流程协同训练营·第二期");
		assertThat(page.locator("section")).containsText("提升");
		page.locator("form[action$='/publish'] button").click();
		assertThat(page.locator(".alert-success")).containsText("版本已发布");
		assertThat(page.locator("#versions")).containsText("生效中");
		screenshot("programme-published-zh");
		assertNoBrowserErrors();
	}
}
