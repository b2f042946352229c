package io.cotrain.e2e;

import java.util.regex.Pattern;

import com.microsoft.playwright.options.SelectOption;
import io.cotrain.CoTrainTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Building a programme in a real browser: HR creates a programme from the saved need, adds a course with a unit and
 * a collaborative task with a step per role, puts them on both learning paths, proposes and saves the collaboration
 * groups (scores and reasons shown), and activates the programme.
 */
@CoTrainTest
class ProgrammeBuildJourneyIT extends BrowserJourney {

	@Test
	void hrBuildsAProgrammeFromTheSavedNeedFormsGroupsAndActivatesIt() {
		logIn("hr@demo");
		page.navigate(url("/programmes/new"));
		page.locator("#code").fill("E2E-BUILD");
		page.locator("#name").fill("订单流程协同训练营·搭建");
		page.locator("#needId").selectOption(new SelectOption().setIndex(1));
		page.locator("#startsOn").fill("2026-12-07");
		page.locator("#endsOn").fill("2027-01-31");
		page.locator("input[name=regions]").first().check();
		page.locator("main form.card button[type=submit]").click();
		page.waitForURL(Pattern.compile(".*/programmes/[0-9a-f-]{36}$"));

		// a course with a unit: the empty form first shows its errors
		page.locator("#programme-links a[href$='/courses']").first().click();
		assertThat(page.locator("#courses")).isAttached();
		page.locator("#new-course button[type=submit]").click();
		assertThat(page.locator("#new-course .invalid-feedback").first()).isVisible();
		page.locator("#new-course #code").fill("ORD-101");
		page.locator("#new-course #titleZh").fill("订单协同基础");
		page.locator("#new-course #audience").selectOption("JOINT");
		page.locator("#new-course #mode").selectOption("ONLINE");
		page.locator("#new-course #creditHours").fill("2");
		page.locator("#new-course button[type=submit]").click();
		assertThat(page.locator(".alert-success")).isVisible();
		page.locator("#new-unit #kind").selectOption("TEXT");
		page.locator("#new-unit #title").fill("订单流转要点");
		page.locator("#new-unit #body").fill("先核对客户编码，再录入订单。");
		page.locator("#new-unit #durationMinutes").fill("15");
		page.locator("#new-unit button[type=submit]").click();
		assertThat(page.locator("#units")).containsText("订单流转要点");

		// the collaborative task with a step per role
		page.locator("#version-tabs a[href$='/tasks']").click();
		page.locator("#new-task #code").fill("FLOW");
		page.locator("#new-task #titleZh").fill("订单流程优化");
		page.locator("#new-task button[type=submit]").click();
		assertThat(page.locator(".alert-success")).isVisible();
		page.locator("#new-step #role").selectOption("CLERK");
		page.locator("#new-step #title").fill("录入 10 条模拟订单");
		page.locator("#new-step button[type=submit]").click();
		assertThat(page.locator("#steps")).containsText("录入 10 条模拟订单");
		page.locator("#new-step #role").selectOption("CADRE");
		page.locator("#new-step #title").fill("根据数据优化流程");
		page.locator("#new-step #dueOffsetDays").fill("7");
		page.locator("#new-step button[type=submit]").click();
		assertThat(page.locator("#steps")).containsText("根据数据优化流程");

		// both learning paths: the course and the role's step
		for (String role : new String[] { "clerk", "cadre" }) {
			page.locator("#version-tabs a[href$='/paths/" + role + "']").click();
			for (int option = 1; option <= 2; option++) {
				page.locator("#new-item #ref").selectOption(new SelectOption().setIndex(option));
				page.locator("#new-item #dueOn").fill("2027-01-15");
				page.locator("#new-item button[type=submit]").click();
				assertThat(page.locator("#path-items tbody tr")).hasCount(option);
			}
		}
		assertThat(page.locator("#path-items")).containsText("根据数据优化流程");
		screenshot("programme-path-cadre-zh");

		// groups: the proposal with scores and reasons, saved
		page.locator("#version-tabs a[href$='/groups']").click();
		page.locator("main a[href$='/groups/proposal']").click();
		assertThat(page.locator("#proposed")).containsText("分");
		assertThat(page.locator("#proposed")).containsText("同一区域");
		screenshot("programme-groups-proposal-zh");
		page.locator("#save-proposal button[type=submit]").click();
		assertThat(page.locator(".alert-success")).containsText("已保存分组建议");
		assertThat(page.locator("#groups")).containsText("第 1 组");

		// activate
		page.locator("nav[aria-label=breadcrumb] a").nth(1).click();
		page.locator("form[action$='/publish'] button").click();
		assertThat(page.locator(".alert-success")).containsText("版本已发布");
		assertThat(page.locator("#versions")).containsText("生效中");
		page.locator("#programme-links a[href$='/courses']").first().click();
		assertThat(page.locator("#read-only")).isVisible();
		screenshot("programme-built-zh");
		assertNoBrowserErrors();
	}
}
