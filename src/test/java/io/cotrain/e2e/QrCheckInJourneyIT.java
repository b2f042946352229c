package io.cotrain.e2e;

import java.time.Instant;
import java.util.regex.Pattern;

import io.cotrain.CoTrainTest;
import io.cotrain.MutableClock;
import io.cotrain.attendance.qr.QrFixture;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.TestStaff;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TestTenants;
import io.cotrain.training.Courses;
import io.cotrain.training.Occurrences;
import io.cotrain.training.Programmes;
import io.cotrain.training.group.Groups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * QR check-in end to end: HR puts the session screen up, a roster learner's phone follows the QR code's address, logs in
 * on the way and is brought back, checks in — and the screen's count goes up by itself (htmx). The application's clock
 * stands ten seconds into the session; the screen's refresh delays are relative, so the browsers run in real time.
 */
@CoTrainTest
class QrCheckInJourneyIT extends BrowserJourney {

	@Autowired
	MutableClock clock;
	@Autowired
	Programmes programmes;
	@Autowired
	Courses courses;
	@Autowired
	Groups groups;
	@Autowired
	Occurrences occurrences;
	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	TenantDirectory directory;
	@Autowired
	Organisation organisation;
	@Autowired
	EmployeeRegistry registry;
	@Autowired
	Accounts accounts;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void hrShowsTheScreenALearnerScansLogsInChecksInAndTheCountGoesUp() {
		clock.set(Instant.parse("2026-07-06T00:00:00Z"));
		QrFixture f = new QrFixture(new TestStaff(provisioning, directory, organisation, registry, accounts), programmes, courses, groups,
				occurrences);
		String learner = f.learner("c1", f.c1);
		clock.set(QrFixture.START.plusSeconds(10));

		logIn(f.staff.hr(), TestTenants.PASSWORD);
		page.navigate(url("/sessions/" + f.session + "/screen"));
		Page screen = page;
		BrowserContext hr = context;
		assertThat(screen.locator("#screenTitle")).hasText("协同工作坊");
		assertThat(screen.locator("svg.qr-code")).isVisible();
		assertThat(screen.locator("#checkedInCount")).hasText("0");
		String qr = screen.locator("#checkInUrl").getAttribute("href");
		screenshot("qr-screen-zh");

		open(new Browser.NewContextOptions().setViewportSize(375, 740).setIsMobile(true).setHasTouch(true));
		page.navigate(qr);
		page.waitForURL(url("/login"));
		page.locator("#username").fill(learner);
		page.locator("#password").fill(TestTenants.PASSWORD);
		page.locator("form button[type=submit]").click();
		page.waitForURL(Pattern.compile(Pattern.quote(qr) + ".*"));
		assertThat(page.locator("#sessionTitle")).hasText("协同工作坊");
		screenshot("qr-check-in-phone-zh");
		page.locator("#checkInButton").click();
		assertThat(page.locator("#checkInResult")).containsText("签到成功");
		assertThat(page.locator("#checkInResult")).containsText("2026-07-08 09:00:10");
		screenshot("qr-checked-in-phone-zh");

		assertThat(screen.locator("#checkedInCount")).hasText("1");
		screen.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("qr-screen-counted-zh.png")));
		assertNoBrowserErrors();
		hr.close();
	}
}
