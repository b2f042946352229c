package io.cotrain.portal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.cotrain.CoTrainTest;
import io.cotrain.tenancy.TenantInfo;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TestTenants;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The UI: form login with CSRF, a new session id after login, zh-CN by default, English on request, logout. */
@CoTrainTest
class FormLoginTest {

	private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@LocalServerPort
	int port;
	@Autowired
	TenantProvisioning provisioning;

	private CookieManager cookies;
	private HttpClient browser;
	private TenantInfo tenant;
	private String username;

	@BeforeEach
	void freshBrowserAndAccount() {
		cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
		browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER).build();
		tenant = TestTenants.provision(provisioning);
		username = "hr@" + tenant.code();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> postForm(String path, Map<String, String> form) throws IOException, InterruptedException {
		String body = form.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return browser.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String csrf(HttpResponse<String> page) {
		Matcher m = CSRF_INPUT.matcher(page.body());
		assertThat(m.find()).as("hidden _csrf input in %s", page.uri()).isTrue();
		return m.group(1);
	}

	private Optional<String> sessionId() {
		return cookies.getCookieStore().get(uri("/")).stream().filter(c -> c.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue).findFirst();
	}

	private static String redirectPath(HttpResponse<?> response) {
		assertThat(response.statusCode()).as("redirect from %s", response.uri()).isEqualTo(302);
		URI location = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
		return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
	}

	@Test
	void loginWithoutCsrfTokenIsForbidden() throws Exception {
		HttpResponse<String> response = postForm("/login", Map.of("username", username, "password", TestTenants.PASSWORD));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(redirectPath(get("/"))).isEqualTo("/login");
	}

	@Test
	void logsInWithANewSessionShowsChineseThenEnglishAndLogsOut() throws Exception {
		HttpResponse<String> loginPage = get("/login");
		assertThat(loginPage.statusCode()).isEqualTo(200);
		String token = csrf(loginPage);
		Optional<String> sessionBefore = sessionId();
		assertThat(sessionBefore).as("the login page's session holds the CSRF token").isPresent();

		HttpResponse<String> login = postForm("/login", Map.of("username", username, "password", TestTenants.PASSWORD, "_csrf", token));
		assertThat(redirectPath(login)).isEqualTo("/");
		assertThat(sessionId()).isPresent().isNotEqualTo(sessionBefore);

		HttpResponse<String> home = get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("退出登录", "首页", tenant.name()).doesNotContain("Log out");

		HttpResponse<String> english = get("/?lang=en");
		assertThat(english.statusCode()).isEqualTo(200);
		assertThat(english.body()).contains("Log out", "Home").doesNotContain("退出登录");
		assertThat(get("/").body()).as("the choice is remembered").contains("Log out");

		HttpResponse<String> logout = postForm("/logout", Map.of("_csrf", csrf(english)));
		assertThat(redirectPath(logout)).isEqualTo("/login?logout");
		assertThat(redirectPath(get("/"))).isEqualTo("/login");
	}

	@Test
	void aWrongPasswordReturnsToTheLoginFormWithAnError() throws Exception {
		String token = csrf(get("/login"));
		HttpResponse<String> login = postForm("/login", Map.of("username", username, "password", "wrong-password", "_csrf", token));
		assertThat(redirectPath(login)).isEqualTo("/login?error");
		assertThat(redirectPath(get("/"))).isEqualTo("/login");
	}

	@Test
	void logoutWithoutCsrfTokenDoesNotLogOut() throws Exception {
		String token = csrf(get("/login"));
		assertThat(redirectPath(postForm("/login", Map.of("username", username, "password", TestTenants.PASSWORD, "_csrf", token))))
			.isEqualTo("/");
		assertThat(postForm("/logout", Map.of()).statusCode()).isEqualTo(403);
		assertThat(get("/").statusCode()).isEqualTo(200);
	}
}
