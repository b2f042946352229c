package io.cotrain.portal;

import java.net.http.HttpResponse;

import io.cotrain.CoTrainTest;
import io.cotrain.tenancy.TenantInfo;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TestBrowser;
import io.cotrain.tenancy.TestHttp;
import io.cotrain.tenancy.TestTenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error of the API is a problem detail, including those raised before any controller runs (unknown
 * path, wrong method, unreadable body); the UI answers the same errors with an HTML page.
 */
@CoTrainTest
class ErrorResponsesTest {

	@LocalServerPort
	int port;
	@Autowired
	JsonMapper json;
	@Autowired
	TenantProvisioning provisioning;

	private TestHttp http;
	private TenantInfo tenant;
	private String hr;

	@BeforeEach
	void hrOfATestTenant() {
		http = new TestHttp(port, json);
		tenant = TestTenants.provision(provisioning);
		hr = TestHttp.basic("hr@" + tenant.code(), TestTenants.PASSWORD);
	}

	private JsonNode problem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(TestHttp.contentType(response)).startsWith("application/problem+json");
		JsonNode body = http.json(response);
		assertThat(body.path("type").asString()).startsWith("urn:cotrain:problem:");
		assertThat(body.path("status").asInt()).isEqualTo(status);
		assertThat(body.path("title").asString()).isNotBlank();
		return body;
	}

	@Test
	void anUnknownApiPathIsANotFoundProblem() {
		JsonNode body = problem(http.get("/api/v1/does-not-exist", hr), 404);
		assertThat(body.path("type").asString()).isEqualTo("urn:cotrain:problem:not-found");
	}

	@Test
	void anUnsupportedMethodIsA405Problem() {
		HttpResponse<String> response = http.delete("/api/v1/regions", hr);
		JsonNode body = problem(response, 405);
		assertThat(body.path("type").asString()).isEqualTo("urn:cotrain:problem:http-405");
		assertThat(http.get("/api/v1/regions", hr).statusCode()).as("the path itself exists").isEqualTo(200);
	}

	@Test
	void anUnreadableJsonBodyIsA400Problem() {
		int regionsBefore = http.json(http.get("/api/v1/regions", hr)).size();
		JsonNode body = problem(http.post("/api/v1/regions", hr, "{not json"), 400);
		assertThat(body.toString()).doesNotContain("Exception").doesNotContain("tools.jackson");
		assertThat(http.json(http.get("/api/v1/regions", hr)).size()).isEqualTo(regionsBefore);
	}

	@Test
	void anUnknownPageIsTheHtmlNotFoundPage() {
		TestBrowser browser = new TestBrowser(port).signIn("hr@" + tenant.code(), TestTenants.PASSWORD);
		HttpResponse<String> page = browser.get("/no-such-page");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(TestHttp.contentType(page)).startsWith("text/html");
		assertThat(page.body()).contains("<html").contains("未找到").doesNotContain("urn:cotrain:problem");
	}
}
