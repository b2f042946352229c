package io.cotrain.tenancy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.cotrain.CoTrainTest;
import io.cotrain.MutableClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issuing personal API tokens: only with the password (a stolen token cannot mint lasting ones), 90 days by
 * default, and for every valid tenant code, up to its 32 characters.
 */
@CoTrainTest
class ApiTokenIssuingTest {

	private static final Instant CREATED = Instant.parse("2026-03-02T01:30:00Z");

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

	private TestHttp http;

	@BeforeEach
	void client() {
		http = new TestHttp(port, json);
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

	private String mentorBasic() {
		TenantInfo tenant = TestTenants.provision(provisioning);
		String username = TestTenants.account(accounts, tenant, "mentor", Role.MENTOR).username();
		return TestHttp.basic(username, TestTenants.PASSWORD);
	}

	@Test
	void aTokenCannotCreateAnotherToken() {
		String basic = mentorBasic();
		String secret = createToken(basic, "{\"name\": \"first\"}").path("secret").asString();

		HttpResponse<String> minted = http.post("/api/v1/me/tokens", TestHttp.bearer(secret), "{\"name\": \"second\"}");
		assertThat(minted.statusCode()).as(minted.body()).isEqualTo(403);
		assertThat(TestHttp.contentType(minted)).startsWith("application/problem+json");
		assertThat(http.json(minted).path("type").asString()).isEqualTo("urn:cotrain:problem:forbidden");
		assertThat(minted.body()).doesNotContain("ctp_");

		JsonNode tokens = http.json(http.get("/api/v1/me/tokens", basic));
		assertThat(tokens.size()).as("nothing was created").isEqualTo(1);
		assertThat(tokens.get(0).path("name").asString()).isEqualTo("first");
		assertThat(http.get("/api/v1/me", TestHttp.bearer(secret)).statusCode()).as("the token still reads").isEqualTo(200);
	}

	@Test
	void withThePasswordATokenWithoutValidDaysExpiresNinetyDaysAfterItsCreation() {
		String basic = mentorBasic();
		clock.set(CREATED);

		JsonNode issued = createToken(basic, "{\"name\": \"default expiry\"}");
		JsonNode token = issued.path("token");
		assertThat(Instant.parse(token.path("createdAt").asString())).isEqualTo(CREATED);
		assertThat(Instant.parse(token.path("expiresAt").asString())).isEqualTo(CREATED.plus(Duration.ofDays(90)));
		JsonNode listed = http.json(http.get("/api/v1/me/tokens", basic)).get(0);
		assertThat(Instant.parse(listed.path("expiresAt").asString())).as("as stored").isEqualTo(CREATED.plus(Duration.ofDays(90)));

		String bearer = TestHttp.bearer(issued.path("secret").asString());
		clock.set(CREATED.plus(Duration.ofDays(90)).minusSeconds(1));
		assertThat(http.get("/api/v1/me", bearer).statusCode()).isEqualTo(200);
		clock.set(CREATED.plus(Duration.ofDays(90)).plusSeconds(1));
		HttpResponse<String> expired = http.get("/api/v1/me", bearer);
		assertThat(expired.statusCode()).isEqualTo(401);
		assertThat(http.json(expired).path("type").asString()).isEqualTo("urn:cotrain:problem:unauthenticated");
	}

	@Test
	void aTenantWithALongestPossibleCodeOfThirtyTwoCharactersCanCreateAndUseAToken() {
		String code = (TestTenants.randomCode() + "-" + "x".repeat(32)).substring(0, 32);
		assertThat(code).hasSize(32).matches("^[a-z0-9][a-z0-9-]{1,31}$");
		TenantInfo tenant = provisioning.provision(new TenantProvisioning.NewTenant(code, "Long code " + code, null,
				List.of(new TenantDirectory.RegionForm("r1", "区域一", "Asia/Shanghai", "zh-CN", "CN")), "hr", null,
				TestTenants.PASSWORD)).tenant();
		assertThat(tenant.code()).isEqualTo(code);

		JsonNode issued = createToken(TestHttp.basic("hr@" + code, TestTenants.PASSWORD), "{\"name\": \"long\"}");
		String secret = issued.path("secret").asString();
		assertThat(secret).matches("ctp_" + code + "_[0-9a-f]{40}");
		assertThat(issued.path("token").path("prefix").asString()).startsWith("ctp_" + code + "_");

		HttpResponse<String> me = http.get("/api/v1/me", TestHttp.bearer(secret));
		assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
		assertThat(http.json(me).path("username").asString()).isEqualTo("hr@" + code);
		assertThat(http.json(me).path("tenant").path("code").asString()).isEqualTo(code);
	}
}
