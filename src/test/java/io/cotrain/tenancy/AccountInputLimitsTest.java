package io.cotrain.tenancy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cotrain.CoTrainTest;
import io.cotrain.tenancy.TenantDirectory.RegionForm;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limits on new accounts: a password must fit bcrypt's 72 bytes (so every character counts), and an account's
 * language must be one the UI speaks.
 */
@CoTrainTest
class AccountInputLimitsTest {

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

	private HttpResponse<String> createAccount(String name, String locale, String password) {
		return http.post("/api/v1/accounts", hr, json.writeValueAsString(Map.of("name", name, "displayName",
				"Test " + name, "roles", List.of("EMPLOYEE"), "locale", locale, "password", password)));
	}

	private List<JsonNode> validationErrors(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(TestHttp.contentType(response)).startsWith("application/problem+json");
		JsonNode body = http.json(response);
		assertThat(body.path("type").asString()).isEqualTo("urn:cotrain:problem:validation");
		List<JsonNode> errors = new ArrayList<>();
		body.path("errors").forEach(errors::add);
		return errors;
	}

	private List<String> usernames() {
		List<String> names = new ArrayList<>();
		http.json(http.get("/api/v1/accounts", hr)).forEach(a -> names.add(a.path("username").asString()));
		return names;
	}

	/** {@code count} different CJK characters, three UTF-8 bytes each. */
	private static String chinese(int count) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < count; i++) {
			s.appendCodePoint(0x4E2D + i * 7);
		}
		return s.toString();
	}

	@Test
	void aPasswordOfMoreThanSeventyTwoUtf8BytesIsRefused() {
		String password = chinese(30);
		assertThat(password).hasSize(30);
		assertThat(password.getBytes(StandardCharsets.UTF_8)).hasSize(90);

		List<JsonNode> errors = validationErrors(createAccount("longpw", "zh-CN", password));
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).path("field").asString()).isEqualTo("password");
		assertThat(errors.get(0).path("code").asString()).isEqualTo("validation.password.bytes");
		assertThat(errors.get(0).path("message").asString()).contains("72");
		assertThat(usernames()).doesNotContain("longpw@" + tenant.code());
	}

	@Test
	void aPasswordOfTwentyFourChineseCharactersIsAcceptedAndEveryCharacterCounts() {
		String password = chinese(24);
		assertThat(password.getBytes(StandardCharsets.UTF_8)).hasSize(72);
		HttpResponse<String> created = createAccount("cjkpw", "zh-CN", password);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String username = "cjkpw@" + tenant.code();

		HttpResponse<String> me = http.get("/api/v1/me", TestHttp.basic(username, password));
		assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
		assertThat(http.json(me).path("username").asString()).isEqualTo(username);

		String lastCharacterChanged = password.substring(0, 23) + "好";
		assertThat(http.get("/api/v1/me", TestHttp.basic(username, lastCharacterChanged)).statusCode()).isEqualTo(401);
	}

	@Test
	void anAccountInALanguageTheUiDoesNotSpeakIsRefused() {
		List<JsonNode> errors = validationErrors(createAccount("vietnam", "vi-VN", TestTenants.PASSWORD));
		assertThat(errors).extracting(e -> e.path("field").asString()).containsExactly("locale");
		assertThat(errors.get(0).path("code").asString()).isEqualTo("validation.locale.unsupported");
		assertThat(usernames()).doesNotContain("vietnam@" + tenant.code());

		HttpResponse<String> english = createAccount("english", "en", TestTenants.PASSWORD);
		assertThat(english.statusCode()).as(english.body()).isEqualTo(201);
		assertThat(http.json(english).path("account").path("locale").asString()).isEqualTo("en");
	}

	@Test
	void theHrAdminOfATenantWhoseFirstRegionIsVietnameseGetsAChineseUi() {
		TenantInfo vietnamese = TestTenants.provision(provisioning,
				List.of(new RegionForm("hcm", "胡志明市", "Asia/Ho_Chi_Minh", "vi-VN", "VN")));
		HttpResponse<String> me = http.get("/api/v1/me", TestHttp.basic("hr@" + vietnamese.code(), TestTenants.PASSWORD));
		assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
		assertThat(http.json(me).path("locale").asString()).isEqualTo("zh-CN");
		assertThat(http.json(me).path("regions").get(0).path("timeZone").asString()).isEqualTo("Asia/Ho_Chi_Minh");
	}
}
