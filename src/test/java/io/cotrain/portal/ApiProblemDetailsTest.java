package io.cotrain.portal;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.cotrain.CoTrainTest;
import io.cotrain.tenancy.TenantInfo;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TestHttp;
import io.cotrain.tenancy.TestTenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors of the REST API are RFC 9457 problem details with a stable type. */
@CoTrainTest
class ApiProblemDetailsTest {

	private static final String DEMO_PASSWORD = "cotrain-demo";

	@LocalServerPort
	int port;
	@Autowired
	JsonMapper json;
	@Autowired
	TenantProvisioning provisioning;

	private TestHttp http;

	@BeforeEach
	void client() {
		http = new TestHttp(port, json);
	}

	private JsonNode problem(HttpResponse<String> response, int status, String type) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(TestHttp.contentType(response)).startsWith("application/problem+json");
		JsonNode body = http.json(response);
		assertThat(body.path("type").asString()).isEqualTo("urn:cotrain:problem:" + type);
		assertThat(body.path("status").asInt()).isEqualTo(status);
		assertThat(body.path("title").asString()).isNotBlank();
		return body;
	}

	@Test
	void wrongPasswordIsA401Problem() {
		TenantInfo tenant = TestTenants.provision(provisioning);
		HttpResponse<String> response = http.get("/api/v1/me", TestHttp.basic("hr@" + tenant.code(), "not-the-password"));
		problem(response, 401, "unauthenticated");
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).contains("Basic"));
		assertThat(http.get("/api/v1/me", TestHttp.basic("hr@" + tenant.code(), TestTenants.PASSWORD)).statusCode())
			.isEqualTo(200);
	}

	@Test
	void noCredentialsIsA401Problem() {
		problem(http.get("/api/v1/regions", null), 401, "unauthenticated");
	}

	@Test
	void aRoleWithoutTheRightIsA403Problem() {
		HttpResponse<String> response = http.get("/api/v1/accounts", TestHttp.basic("clerk.wang@demo", DEMO_PASSWORD));
		problem(response, 403, "forbidden");
		assertThat(response.body()).doesNotContain("hr@demo");
	}

	@Test
	void anUnknownRegionIsA404Problem() {
		HttpResponse<String> response = http.get("/api/v1/regions/" + UUID.randomUUID(), TestHttp.basic("hr@demo", DEMO_PASSWORD));
		problem(response, 404, "not-found");
	}

	@Test
	void anotherTenantsRegionIsA404Problem() {
		TenantInfo tenant = TestTenants.provision(provisioning);
		String hr = TestHttp.basic("hr@" + tenant.code(), TestTenants.PASSWORD);
		String regionId = http.json(http.get("/api/v1/regions", hr)).get(0).path("id").asString();
		assertThat(http.get("/api/v1/regions/" + regionId, hr).statusCode()).isEqualTo(200);
		problem(http.get("/api/v1/regions/" + regionId, TestHttp.basic("hr@demo", DEMO_PASSWORD)), 404, "not-found");
	}

	@Test
	void anInvalidRegionIsA422ProblemNamingEveryBadFieldAndCreatesNothing() {
		TenantInfo tenant = TestTenants.provision(provisioning);
		String hr = TestHttp.basic("hr@" + tenant.code(), TestTenants.PASSWORD);
		int regionsBefore = http.json(http.get("/api/v1/regions", hr)).size();

		JsonNode body = problem(http.post("/api/v1/regions", hr, """
				{"code": "X!", "name": "火星基地", "timeZone": "Mars/Base", "locale": "zh-CN", "phoneCountry": "ZZ"}"""),
				422, "validation");

		List<String> fields = new ArrayList<>();
		for (JsonNode error : body.path("errors")) {
			fields.add(error.path("field").asString());
			assertThat(error.path("code").asString()).startsWith("validation.");
			assertThat(error.path("message").asString()).isNotBlank().isNotEqualTo(error.path("code").asString());
		}
		assertThat(fields).containsExactlyInAnyOrder("code", "timeZone", "phoneCountry");
		assertThat(http.json(http.get("/api/v1/regions", hr)).size()).isEqualTo(regionsBefore);
	}

	@Test
	void aRequestFailingBeanValidationIsA422ProblemToo() {
		TenantInfo tenant = TestTenants.provision(provisioning);
		String hr = TestHttp.basic("hr@" + tenant.code(), TestTenants.PASSWORD);
		JsonNode body = problem(http.post("/api/v1/me/tokens", hr, "{\"name\": \"\", \"validDays\": 400}"), 422, "validation");
		List<String> fields = new ArrayList<>();
		body.path("errors").forEach(e -> fields.add(e.path("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("name", "validDays");
		assertThat(http.json(http.get("/api/v1/me/tokens", hr)).size()).isZero();
	}
}
