package io.cotrain.e2e;


import java.util.List;

import com.microsoft.playwright.Locator;
import io.cotrain.CoTrainTest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The charts in a real browser: the need analysis of the demo's order-flow scenario and the competency section of a
 * clerk's archive draw their ECharts canvases (ECharts loaded on demand under the Content-Security-Policy, no console
 * errors), keep the tables with the same numbers, redraw in English and fit a phone's width. Screenshots in
 * {@code target/e2e-screenshots}.
 */
@CoTrainTest
class ChartsIT extends BrowserJourney {

	@Test
	void theNeedAnalysisDrawsAGapChartPerRole() {
		logIn("hr@demo");
		page.navigate(url("/scenarios"));
		page.locator("a[href$='/need-analysis']").first().click();
		page.waitForURL(java.util.regex.Pattern.compile(".*/need-analysis$"));

		for (String role : List.of("CLERK", "CADRE")) {
			Locator chart = page.locator("#gaps-chart-" + role);
			assertDrawn(chart);
			assertThat(chart).hasAttribute("role", "img");
			assertThat(chart).hasAttribute("aria-describedby", "gaps-" + role);
			assertThat(page.locator("#gaps-" + role + " tbody tr").first()).isVisible();
		}
		assertThat(page.locator("#gaps-chart-CLERK")).hasAttribute("data-label-mean-gap", "平均差距");
		screenshot("need-analysis-zh");

		page.navigate(page.url() + "?lang=en");
		assertDrawn(page.locator("#gaps-chart-CLERK"));
		assertThat(page.locator("#gaps-chart-CLERK")).hasAttribute("data-label-mean-gap", "Mean gap");
		screenshot("need-analysis-en");
		page.navigate(url("/?lang=zh-CN")); // the account keeps the last choice: back to the default

		page.setViewportSize(375, 740);
		page.navigate(url("/scenarios"));
		page.locator("a[href$='/need-analysis']").first().click();
		Locator phone = page.locator("#gaps-chart-CLERK");
		assertDrawn(phone);
		Assertions.assertThat(phone.locator("canvas").boundingBox().width).isLessThanOrEqualTo(375);
		screenshot("need-analysis-phone");
		assertNoBrowserErrors();
	}

	@Test
	void aClerksArchiveDrawsTheLevelsAndTheKpiHistory() {
		logIn("clerk.wang@demo");
		page.navigate(url("/employees/me"));
		assertThat(page.locator("#competency-section")).isVisible();
		assertDrawn(page.locator("#competency-levels-chart"));
		Locator kpi = page.locator("[data-chart=kpi]").first();
		assertDrawn(kpi);
		assertThat(page.locator("#competency-levels tbody tr")).not().hasCount(0);
		// the demo has self-assessments and the mentor's: both are series of the chart
		assertThat(page.locator("#competency-levels-chart")).hasAttribute("data-chart-data",
				java.util.regex.Pattern.compile("\"self\".*\"mentor\""));
		assertThat(page.locator("#competency-section")).containsText("订单差错率");
		screenshot("archive-competency-zh");

		double before = page.locator("#competency-levels-chart canvas").boundingBox().width;
		page.setViewportSize(900, 900); // one column now: the charts follow the window
		page.waitForFunction("w => document.querySelector('#competency-levels-chart canvas').getBoundingClientRect().width > w + 100",
				before);
		assertNoBrowserErrors();
	}

	/** ECharts drew: a canvas with a size inside the chart element. */
	private void assertDrawn(Locator chart) {
		Locator canvas = chart.locator("canvas").first();
		assertThat(canvas).isVisible();
		Assertions.assertThat(canvas.boundingBox().height).isGreaterThan(100);
		Assertions.assertThat(canvas.boundingBox().width).isGreaterThan(200);
	}
}
