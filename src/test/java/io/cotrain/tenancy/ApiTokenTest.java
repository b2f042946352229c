package io.cotrain.tenancy;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

import io.cotrain.CoTrainTest;
import io.cotrain.MutableClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal API tokens: created with a password, shown once, usable as Bearer until revoked or expired. */
@CoTrainTest
class ApiTokenTest {

	@LocalServerPort
	int port;
	@Autowired
	JsonMapper json;
	@Autowired
	MutableClock clock;
	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	Accounts accounts;
	@Autowired
	JdbcClient jdbc;

	private TestHttp http;
	private TenantInfo tenant;
	private String basic;
	private String username;

	@BeforeEach
	void accountOfOurOwn() {
		http = new TestHttp(port, json);
		tenant = TestTenants.provision(provisioning);
		username = TestTenants.account(accounts, tenant, "mentor", Role.MENTOR).username();
		basic = TestHttp.basic(username, TestTenants.PASSWORD);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private JsonNode createToken(String auth, String body) {
		HttpResponse<String> created = http.post("/api/v1/me/tokens", auth, body);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return http.json(created);
	}

	private void assertUnauthenticated(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(TestHttp.contentType(response)).startsWith("application/problem+json");
		assertThat(http.json(response).path("type").asString()).isEqualTo("urn:cotrain:problem:unauthenticated");
	}

	@Test
	void aTokenWorksAsBearerIsListedOnlyByItsPrefixAndStopsWorkingWhenRevoked() {
		JsonNode issued = createToken(basic, "{\"name\": \"CI 导出\", \"validDays\": 30}");
		String secret = issued.path("secret").asString();
		String id = issued.path("token").path("id").asString();
		String prefix = issued.path("token").path("prefix").asString();
		assertThat(secret).matches("ctp_" + tenant.code() + "_[0-9a-f]{40}");
		assertThat(prefix).isNotBlank().startsWith("ctp_" + tenant.code() + "_");
		assertThat(secret).startsWith(prefix).isNotEqualTo(prefix);
		assertThat(issued.path("token").path("name").asString()).isEqualTo("CI 导出");
		assertThat(issued.path("token").path("expiresAt").isNull()).isFalse();

		HttpResponse<String> me = http.get("/api/v1/me", TestHttp.bearer(secret));
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(http.json(me).path("username").asString()).isEqualTo(username);
		assertThat(http.json(me).path("tenant").path("code").asString()).isEqualTo(tenant.code());

		HttpResponse<String> list = http.get("/api/v1/me/tokens", TestHttp.bearer(secret));
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).doesNotContain(secret).doesNotContain(secret.substring(prefix.length()))
			.doesNotContain("secret");
		JsonNode tokens = http.json(list);
		assertThat(tokens.size()).isEqualTo(1);
		assertThat(tokens.get(0).path("id").asString()).isEqualTo(id);
		assertThat(tokens.get(0).path("prefix").asString()).isEqualTo(prefix);
		assertThat(tokens.get(0).path("lastUsedAt").isNull()).as("use is recorded").isFalse();
		assertThat(tokens.get(0).path("revokedAt").isNull()).isTrue();

		assertThat(http.delete("/api/v1/me/tokens/" + id, basic).statusCode()).isEqualTo(204);
		assertUnauthenticated(http.get("/api/v1/me", TestHttp.bearer(secret)));
		JsonNode afterRevoke = http.json(http.get("/api/v1/me/tokens", basic));
		assertThat(afterRevoke.get(0).path("revokedAt").isNull()).isFalse();
	}

	@Test
	void aTokenStopsWorkingWhileItsAccountIsDisabledOrItsTenantInactive() {
		String secret = createToken(basic, "{\"name\": \"sync\"}").path("secret").asString();
		Accounts.AccountView account = TenantScope.call(TenantScope.allRegions(tenant.id()),
				() -> accounts.list().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow());
		Runnable enable = () -> TenantScope.call(TenantScope.allRegions(tenant.id()),
				() -> accounts.update(account.id(), new Accounts.AccountChange(account.displayName(), account.roles(), account.regions(), true)));
		Runnable disable = () -> TenantScope.call(TenantScope.allRegions(tenant.id()),
				() -> accounts.update(account.id(), new Accounts.AccountChange(account.displayName(), account.roles(), account.regions(), false)));

		assertThat(http.get("/api/v1/me", TestHttp.bearer(secret)).statusCode()).isEqualTo(200);
		disable.run();
		assertUnauthenticated(http.get("/api/v1/me", TestHttp.bearer(secret)));
		enable.run();
		assertThat(http.get("/api/v1/me", TestHttp.bearer(secret)).statusCode()).isEqualTo(200);
		jdbc.sql("update tenant set active = false where id = :t").param("t", tenant.id().value()).update();
		try {
			assertUnauthenticated(http.get("/api/v1/me", TestHttp.bearer(secret)));
		}
		finally {
			jdbc.sql("update tenant set active = true where id = :t").param("t", tenant.id().value()).update();
		}
		assertThat(http.get("/api/v1/me", TestHttp.bearer(secret)).statusCode()).isEqualTo(200);
	}

	@Test
	void malformedOrUnknownTokensAreRejected() {
		byte[] random = new byte[20];
		new SecureRandom().nextBytes(random);
		String hex = HexFormat.of().formatHex(random);
		for (String token : new String[] { "not-a-token", "ctp_", "ctp_" + tenant.code(), "ctp_" + tenant.code() + "_" + hex,
				"ctp_nosuchtenant_" + hex, "ctp_demo_" + hex }) {
			assertUnauthenticated(http.get("/api/v1/me", TestHttp.bearer(token)));
		}
	}

	@Test
	void aTokenIsBoundToItsTenant() {
		String secret = createToken(basic, "{\"name\": \"mine\"}").path("secret").asString();
		String otherTenant = secret.replace("ctp_" + tenant.code() + "_", "ctp_demo_");
		assertUnauthenticated(http.get("/api/v1/me", TestHttp.bearer(otherTenant)));
		assertThat(http.get("/api/v1/me", TestHttp.bearer(secret)).statusCode()).isEqualTo(200);
	}

	@Test
	void aTokenExpiresAfterItsValidDays() {
		String secret = createToken(basic, "{\"name\": \"short\", \"validDays\": 1}").path("secret").asString();
		clock.advance(Duration.ofHours(23));
		assertThat(http.get("/api/v1/me", TestHttp.bearer(secret)).statusCode()).isEqualTo(200);
		clock.advance(Duration.ofHours(1).plusSeconds(1));
		assertUnauthenticated(http.get("/api/v1/me", TestHttp.bearer(secret)));
	}

	@Test
	void anotherAccountCannotRevokeMyToken() {
		String id = createToken(basic, "{\"name\": \"mine\"}").path("token").path("id").asString();
		String otherBasic = TestHttp.basic("hr@" + tenant.code(), TestTenants.PASSWORD);
		HttpResponse<String> foreign = http.delete("/api/v1/me/tokens/" + id, otherBasic);
		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(http.json(http.get("/api/v1/me/tokens", basic)).get(0).path("revokedAt").isNull()).isTrue();
	}
}
