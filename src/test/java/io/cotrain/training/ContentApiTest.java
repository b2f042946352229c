package io.cotrain.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.cotrain.CoTrainTest;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantInfo;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.tenancy.TestHttp;
import io.cotrain.tenancy.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content API: HR builds a course and a task in a draft, region admins read, problems are RFC 9457 with localized
 * field errors, and another tenant's HR gets 404 for every id of ours.
 */
@CoTrainTest
class ContentApiTest {

	@LocalServerPort
	int port;
	@Autowired
	JsonMapper json;
	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	TenantDirectory directory;
	@Autowired
	Accounts accounts;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	PlatformTransactionManager transactions;

	private TestHttp http;
	private TenantInfo tenant;
	private TestProgrammes programmes;
	private String hr;
	private String base;

	@BeforeEach
	void draft() {
		http = new TestHttp(port, json);
		tenant = TestTenants.provision(provisioning);
		programmes = new TestProgrammes(jdbc, tenant.id(), transactions);
		base = "/api/v1/programmes/" + programmes.create("ORDER-FLOW") + "/versions/1";
		hr = TestHttp.basic("hr@" + tenant.code(), TestTenants.PASSWORD);
	}

	@Test
	void hrBuildsACourseWithAQuizAndTheApiGradesNothingItDoesNotKnow() {
		JsonNode course = created(http.post(base + "/courses", hr, """
				{"code":"ORDER-ENTRY","titleZh":"订单录入规范","titleEn":"Order entry rules","audience":"CLERK","mode":"ONLINE",
				 "creditHours":2}"""));
		String courses = base + "/courses/" + course.get("key").asString();
		JsonNode quiz = created(http.post(courses + "/units", hr,
				"{\"kind\":\"QUIZ\",\"title\":\"测验\",\"durationMinutes\":5,\"passMark\":80}"));
		String units = courses + "/units/" + quiz.get("key").asString();
		JsonNode question = created(http.post(units + "/questions", hr,
				"{\"prompt\":\"必填字段？\",\"kind\":\"MULTIPLE\",\"options\":[\"客户编号\",\"备注\",\"交期\"],\"correct\":[0,2]}"));
		JsonNode text = created(http.post(courses + "/units", hr,
				"{\"kind\":\"TEXT\",\"title\":\"规则\",\"body\":\"先核对客户编号\",\"minSeconds\":60,\"durationMinutes\":10}"));

		HttpResponse<String> reordered = http.send("PUT", courses + "/units/order", hr,
				"{\"keys\":[\"" + text.get("key").asString() + "\",\"" + quiz.get("key").asString() + "\"]}");
		assertThat(reordered.statusCode()).isEqualTo(200);

		JsonNode read = http.json(http.get(courses, hr));
		assertThat(read.get("code").asString()).isEqualTo("ORDER-ENTRY");
		assertThat(read.get("units").get(0).get("title").asString()).isEqualTo("规则");
		assertThat(read.get("units").get(1).get("questions").get(0).get("key").asString()).isEqualTo(question.get("key").asString());
		assertThat(read.get("units").get(1).get("questions").get(0).get("correct").toString()).isEqualTo("[0,2]");
		assertThat(http.json(http.get(base + "/courses", hr)).size()).isEqualTo(1);

		assertThat(http.send("PUT", units + "/questions/" + question.get("key").asString(), hr,
				"{\"prompt\":\"必填字段？\",\"kind\":\"SINGLE\",\"options\":[\"客户编号\",\"备注\"],\"correct\":[0]}").statusCode())
			.isEqualTo(200);
		assertThat(http.delete(units + "/questions/" + question.get("key").asString(), hr).statusCode()).isEqualTo(204);
		assertThat(http.delete(courses, hr).statusCode()).isEqualTo(204);
		assertThat(http.get(courses, hr).statusCode()).isEqualTo(404);
	}

	@Test
	void invalidInputIsA422ProblemWithLocalizedFieldErrors() {
		HttpResponse<String> refused = english("POST", base + "/courses",
				"{\"code\":\"C\",\"titleZh\":\"\",\"audience\":\"CLERK\",\"mode\":\"ONLINE\",\"creditHours\":0}");

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(TestHttp.contentType(refused)).startsWith("application/problem+json");
		JsonNode problem = http.json(refused);
		assertThat(problem.get("type").asString()).isEqualTo("urn:cotrain:problem:validation");
		assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString() + " " + e.get("message").asString()))
			.containsExactlyInAnyOrder("titleZh Required, at most 200 characters.",
					"creditHours Credit hours must be more than 0 and at most 999.99, with at most two decimals.");

		JsonNode task = created(http.post(base + "/tasks", hr, "{\"code\":\"T\",\"titleZh\":\"订单流程优化\"}"));
		String steps = base + "/tasks/" + task.get("key").asString() + "/steps";
		JsonNode a = created(http.post(steps, hr,
				"{\"role\":\"CLERK\",\"title\":\"录入\",\"evidence\":[\"FILE\"],\"dueOffsetDays\":0}"));
		JsonNode b = created(http.post(steps, hr,
				"{\"role\":\"CADRE\",\"title\":\"优化\",\"evidence\":[\"TEXT\",\"LINK\"],\"dueOffsetDays\":2}"));
		assertThat(b.get("creditHours").decimalValue()).isEqualByComparingTo("3");
		String aKey = a.get("key").asString();
		String bKey = b.get("key").asString();
		assertThat(http.send("PUT", steps + "/" + bKey + "/requires/" + aKey, hr, null).statusCode()).isEqualTo(200);

		HttpResponse<String> cycle = http.send("PUT", steps + "/" + aKey + "/requires/" + bKey, hr, null);
		assertThat(cycle.statusCode()).isEqualTo(422);
		assertThat(http.json(cycle).get("errors").get(0).get("message").asString()).isEqualTo("不能添加此依赖：会形成循环（录入 → 优化 → 录入）");
	}

	@Test
	void aPublishedVersionIsRefusedAndRegionAdminsOnlyRead() {
		JsonNode task = created(http.post(base + "/tasks", hr, "{\"code\":\"T\",\"titleZh\":\"订单流程优化\",\"graceHours\":12}"));
		String admin = regionAdmin();

		assertThat(http.get(base + "/tasks", admin).statusCode()).isEqualTo(200);
		assertThat(http.get(base + "/tasks/" + task.get("key").asString(), admin).statusCode()).isEqualTo(200);
		assertThat(http.post(base + "/tasks", admin, "{\"code\":\"U\",\"titleZh\":\"x\"}").statusCode()).isEqualTo(403);
		assertThat(http.delete(base + "/tasks/" + task.get("key").asString(), admin).statusCode()).isEqualTo(403);

		programmes.status(UUID.fromString(base.split("/")[4]), 1, "PUBLISHED");
		HttpResponse<String> refused = http.send("PUT", base + "/tasks/" + task.get("key").asString(), hr,
				"{\"code\":\"T\",\"titleZh\":\"改\"}");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(http.json(refused).get("errors").get(0).get("code").asString()).isEqualTo("training.programme.notDraft");
		assertThat(http.json(http.get(base + "/tasks", hr)).get(0).get("titleZh").asString()).isEqualTo("订单流程优化");
	}

	@Test
	void anotherTenantGets404ForEveryIdOfOurs() {
		JsonNode course = created(http.post(base + "/courses", hr,
				"{\"code\":\"C\",\"titleZh\":\"课程\",\"audience\":\"JOINT\",\"mode\":\"OFFLINE\",\"creditHours\":1}"));
		JsonNode task = created(http.post(base + "/tasks", hr, "{\"code\":\"T\",\"titleZh\":\"任务\"}"));
		TenantInfo other = TestTenants.provision(provisioning);
		String theirs = TestHttp.basic("hr@" + other.code(), TestTenants.PASSWORD);
		String courseUrl = base + "/courses/" + course.get("key").asString();
		String taskUrl = base + "/tasks/" + task.get("key").asString();

		for (HttpResponse<String> reply : List.of(http.get(base + "/courses", theirs), http.get(courseUrl, theirs),
				http.get(taskUrl, theirs), http.get(base + "/tasks", theirs),
				http.send("PUT", courseUrl, theirs,
						"{\"code\":\"C\",\"titleZh\":\"改\",\"audience\":\"JOINT\",\"mode\":\"OFFLINE\",\"creditHours\":1}"),
				http.delete(taskUrl, theirs),
				http.post(base + "/courses", theirs,
						"{\"code\":\"X\",\"titleZh\":\"x\",\"audience\":\"JOINT\",\"mode\":\"OFFLINE\",\"creditHours\":1}"))) {
			assertThat(reply.statusCode()).as(reply.request().method() + " " + reply.uri()).isEqualTo(404);
			assertThat(reply.body()).doesNotContain("课程", "任务");
		}
		assertThat(http.json(http.get(base + "/courses", hr)).get(0).get("titleZh").asString()).isEqualTo("课程");
		assertThat(http.json(http.get(base + "/tasks", hr)).size()).isEqualTo(1);
	}

	private String regionAdmin() {
		TenantScope.call(TenantScope.allRegions(tenant.id()), () -> accounts.create(new Accounts.NewAccount("region",
				"Region admin", Set.of(Role.REGION_ADMIN), Set.of(directory.regionByCode("r1").orElseThrow().id()),
				Locale.SIMPLIFIED_CHINESE, TestTenants.PASSWORD, null)));
		return TestHttp.basic("region@" + tenant.code(), TestTenants.PASSWORD);
	}

	/** A JSON request as HR with {@code Accept-Language: en} (API clients choose their language by that header). */
	private HttpResponse<String> english(String method, String path, String body) {
		try {
			return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", hr).header("Accept", "application/json").header("Accept-Language", "en")
				.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private JsonNode created(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return http.json(response);
	}
}
