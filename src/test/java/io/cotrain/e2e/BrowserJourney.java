package io.cotrain.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ReducedMotion;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * What every browser journey needs: Debian's headless Chromium (see STACK.md, pitfall 3) driven by Playwright
 * against the running application, a fresh browser context (no shared cookies) per test, the browser's console
 * errors, page errors and failed responses collected (e.g. what the Content-Security-Policy refused), and a
 * screenshot of each page a journey lands on in {@code target/e2e-screenshots}. Subclasses are {@code @CoTrainTest}s.
 */
abstract class BrowserJourney {

	static final String DEMO_PASSWORD = "cotrain-demo";
	static final Path SCREENSHOTS = Paths.get("target", "e2e-screenshots");

	static Playwright playwright;
	static Browser browser;

	@LocalServerPort
	int port;

	BrowserContext context;
	Page page;
	final List<String> browserErrors = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void launchBrowser() throws IOException {
		Files.createDirectories(SCREENSHOTS);
		PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		// launch() (not launchPersistentContext) starts Chromium with a new, empty temporary profile every time
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
			.setExecutablePath(Paths.get("/usr/bin/chromium"))
			.setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
					"--disable-component-update", "--disable-sync")));
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	/** A desktop browser; reduced motion, so charts draw without animation and screenshots show them complete. */
	@BeforeEach
	void openDesktop() {
		open(new Browser.NewContextOptions().setViewportSize(1280, 900).setReducedMotion(ReducedMotion.REDUCE));
	}

	@AfterEach
	void closeContext() {
		if (context != null) {
			context.close();
		}
	}

	/** Replaces the current browser context with a new one of these options (e.g. a phone). */
	void open(Browser.NewContextOptions options) {
		context = browser.newContext(options);
		context.setDefaultTimeout(30_000);
		page = context.newPage();
		page.onConsoleMessage(m -> {
			// the app has no /favicon.ico (yet): the browser's own request for it answers 404
			if ("error".equals(m.type()) && !m.location().contains("/favicon.ico")) {
				browserErrors.add("console: " + m.text() + " at " + m.location());
			}
		});
		page.onPageError(e -> browserErrors.add("page error: " + e));
		page.onResponse(r -> {
			if (r.status() >= 400) {
				browserErrors.add("HTTP " + r.status() + " " + r.url());
			}
		});
	}

	/** Signs in through the login form and waits for the landing page. */
	void logIn(String username, String password) {
		page.navigate(url("/login"));
		page.locator("#username").fill(username);
		page.locator("#password").fill(password);
		page.locator("form button[type=submit]").click();
		page.waitForURL(url("/"));
		assertThat(page.locator("#figures")).isVisible();
	}

	void logIn(String username) {
		logIn(username, DEMO_PASSWORD);
	}

	void assertNoBrowserErrors() {
		Assertions.assertThat(browserErrors).as("browser console errors and page errors").isEmpty();
	}

	void screenshot(String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}
}
