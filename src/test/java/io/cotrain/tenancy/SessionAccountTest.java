package io.cotrain.tenancy;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cotrain.CoTrainTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** What HR changes on an account reaches its open sessions on their next request. */
@CoTrainTest
class SessionAccountTest {

	private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@LocalServerPort
	int port;
	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	Accounts accounts;

	private HttpClient browser;
	private TenantInfo tenant;
	private Accounts.AccountView clerk;

	@BeforeEach
	void signedInEmployee() throws Exception {
		tenant = TestTenants.provision(provisioning);
		clerk = TestTenants.account(accounts, tenant, "clerk", Role.EMPLOYEE);
		browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER).build();
		Matcher csrf = CSRF_INPUT.matcher(get("/login").body());
		assertThat(csrf.find()).isTrue();
		String form = "username=" + URLEncoder.encode(clerk.username(), StandardCharsets.UTF_8) + "&password="
				+ TestTenants.PASSWORD + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/");
		assertThat(get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void disablingAnAccountEndsItsOpenSession() throws Exception {
		change(new Accounts.AccountChange(null, null, null, false));

		HttpResponse<String> next = get("/");
		assertThat(next.statusCode()).isEqualTo(302);
		assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
		assertThat(get("/").headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@Test
	void aNewRoleAppliesWithoutLoggingInAgain() throws Exception {
		assertThat(get("/audit").statusCode()).isEqualTo(403);

		change(new Accounts.AccountChange(null, Set.of(Role.EMPLOYEE, Role.AUDITOR), null, null));

		assertThat(get("/audit").statusCode()).isEqualTo(200);
		assertThat(get("/").body()).contains("审计日志");
	}

	private void change(Accounts.AccountChange change) {
		TenantScope.run(TenantScope.allRegions(tenant.id()), () -> accounts.update(clerk.id(), change));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}
}
