package io.cotrain.tenancy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.cotrain.CoTrainTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lock-out is counted atomically, so guesses sent in parallel are all counted; and "locked" is only ever said
 * to a caller who knows the password.
 */
@CoTrainTest
class LockoutParallelGuessesTest {

	@LocalServerPort
	int port;
	@Autowired
	JsonMapper json;
	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	Accounts accounts;
	@Autowired
	JdbcClient jdbc;

	private TestHttp http;
	private TenantInfo tenant;
	private Accounts.AccountView account;

	@BeforeEach
	void freshAccount() {
		http = new TestHttp(port, json);
		tenant = TestTenants.provision(provisioning);
		account = TestTenants.account(accounts, tenant, "clerk", Role.EMPLOYEE);
	}

	private HttpResponse<String> me(String username, String password) {
		return http.get("/api/v1/me", TestHttp.basic(username, password));
	}

	private HttpResponse<String> me(String password) {
		return me(account.username(), password);
	}

	private JsonNode problem(HttpResponse<String> response, int status, String type) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(TestHttp.contentType(response)).startsWith("application/problem+json");
		JsonNode body = http.json(response);
		assertThat(body.path("type").asString()).isEqualTo("urn:cotrain:problem:" + type);
		return body;
	}

	private void lockBySequentialGuesses() {
		for (int i = 0; i < 10; i++) {
			problem(me("wrong-" + i), 401, "unauthenticated");
		}
	}

	@Test
	void tenWrongPasswordsSentInParallelAllCountAndLockTheAccount() {
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER).build();
		List<CompletableFuture<HttpResponse<String>>> guesses = IntStream.range(0, 10)
			.mapToObj(i -> client.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
				.header("Accept", "application/json")
				.header("Authorization", TestHttp.basic(account.username(), "parallel-guess-" + i))
				.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)))
			.toList();
		CompletableFuture.allOf(guesses.toArray(CompletableFuture[]::new)).join();
		for (CompletableFuture<HttpResponse<String>> guess : guesses) {
			problem(guess.join(), 401, "unauthenticated");
		}

		problem(me(TestTenants.PASSWORD), 401, "account-locked");
		assertThat(TenantScope.call(TenantScope.allRegions(tenant.id()), () -> accounts.get(account.id()).locked())).isTrue();
		assertThat(TenantScope.call(TenantScope.allRegions(tenant.id()),
				() -> jdbc.sql("select count(*) from audit_event where action = 'ACCOUNT_LOCKED' and subject_id = :id")
					.param("id", account.id().toString()).query(Long.class).single()))
			.as("locked once, by the tenth guess").isEqualTo(1);
	}

	@Test
	void aWrongPasswordOnALockedAccountGetsTheSameAnswerAsOnAnyOtherAccount() {
		lockBySequentialGuesses();

		JsonNode lockedWrong = problem(me("yet-another-guess"), 401, "unauthenticated");
		JsonNode unknownUser = problem(me("nobody@" + tenant.code(), "yet-another-guess"), 401, "unauthenticated");
		JsonNode hrWrong = problem(me("hr@" + tenant.code(), "yet-another-guess"), 401, "unauthenticated");
		for (String field : List.of("type", "title", "detail", "status")) {
			assertThat(lockedWrong.path(field)).as(field).isEqualTo(unknownUser.path(field)).isEqualTo(hrWrong.path(field));
		}

		JsonNode lockedRight = problem(me(TestTenants.PASSWORD), 401, "account-locked");
		assertThat(lockedRight.path("detail").asString()).isNotEqualTo(lockedWrong.path("detail").asString());
	}

	@Test
	void guessesAgainstALockedAccountDoNotCountTowardsAnotherLock() {
		lockBySequentialGuesses();
		for (int i = 0; i < 10; i++) {
			problem(me("after-lock-" + i), 401, "unauthenticated");
		}
		problem(me(TestTenants.PASSWORD), 401, "account-locked");
		assertThat(TenantScope.call(TenantScope.allRegions(tenant.id()),
				() -> jdbc.sql("select count(*) from audit_event where action = 'ACCOUNT_LOCKED' and subject_id = :id")
					.param("id", account.id().toString()).query(Long.class).single()))
			.as("guesses against a locked account are not counted towards a second lock").isEqualTo(1);
	}

	@Test
	void theLoginFormSaysLockedOnlyToTheRightPassword() {
		lockBySequentialGuesses();
		TestBrowser browser = new TestBrowser(port);
		assertThat(browser.login(account.username(), "yet-another-guess")).isEqualTo("/login?error");
		assertThat(browser.login(account.username(), TestTenants.PASSWORD)).isEqualTo("/login?locked");
		assertThat(TestBrowser.redirectPath(browser.get("/"))).as("not signed in").isEqualTo("/login");
	}
}
