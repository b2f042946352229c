package io.cotrain.employee;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.cotrain.CoTrainTest;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.TenantDirectory;
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

/** The employee list: search, filters and paging, in the API and as htmx fragments of the page. */
@CoTrainTest
class EmployeeListTest {

	@LocalServerPort
	int port;
	@Autowired
	JsonMapper json;
	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	TenantDirectory directory;
	@Autowired
	Organisation organisation;
	@Autowired
	EmployeeRegistry registry;
	@Autowired
	Tags tags;
	@Autowired
	Accounts accounts;

	private TestStaff staff;
	private TestHttp http;
	private String hr;
	private TagView evening;

	/** 20 clerks in the east team (5 of them free in the evening), 10 cadres in the south team, 1 who left. */
	@BeforeEach
	void thirtyOnePeople() {
		http = new TestHttp(port, json);
		staff = new TestStaff(provisioning, directory, organisation, registry, accounts);
		hr = TestHttp.basic(staff.hr(), TestTenants.PASSWORD);
		evening = staff.in(() -> tags.create(TagType.AVAILABILITY, "晚间可学习"));
		for (int i = 1; i <= 20; i++) {
			EmployeeView clerk = staff.hire("A%03d".formatted(i), (i == 7 ? "欧阳娜娜" : "文员") + i, staff.east, staff.clerk);
			if (i % 4 == 0) {
				staff.in(() -> registry.tag(clerk.id(), evening.id()));
			}
		}
		for (int i = 1; i <= 10; i++) {
			staff.hire("B%03d".formatted(i), "Cadre " + i, staff.south, staff.cadre);
		}
		EmployeeView leaver = staff.hire("Z001", "离职者", staff.east, staff.clerk);
		staff.in(() -> registry.leave(leaver.id(), LocalDate.of(2025, 1, 31)));
	}

	private JsonNode list(String query) {
		HttpResponse<String> response = http.get("/api/v1/employees?" + query, hr);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return http.json(response);
	}

	private static List<String> numbers(JsonNode page) {
		return page.path("content").valueStream().map(e -> e.path("employeeNo").asString()).toList();
	}

	@Test
	void pagesAreOrderedByNumberAndCounted() {
		JsonNode first = list("size=7");
		assertThat(first.path("totalElements").asLong()).isEqualTo(31);
		assertThat(first.path("page").asInt()).isZero();
		assertThat(first.path("size").asInt()).isEqualTo(7);
		assertThat(numbers(first)).containsExactly("A001", "A002", "A003", "A004", "A005", "A006", "A007");
		assertThat(numbers(list("size=7&page=4"))).containsExactly("B009", "B010", "Z001");
		assertThat(list("size=7&page=4").path("totalPages").asInt()).isEqualTo(5);
		assertThat(list("size=1000").path("size").asInt()).isEqualTo(500);
		assertThat(numbers(list("size=1000"))).hasSize(31);
	}

	@Test
	void filtersCombine() {
		assertThat(list("roleType=CADRE").path("totalElements").asLong()).isEqualTo(10);
		assertThat(list("regionId=" + staff.east.id()).path("totalElements").asLong()).isEqualTo(21);
		assertThat(list("regionId=" + staff.east.id() + "&status=ACTIVE").path("totalElements").asLong()).isEqualTo(20);
		assertThat(numbers(list("tagId=" + evening.id()))).containsExactly("A004", "A008", "A012", "A016", "A020");
		assertThat(list("positionId=" + staff.clerk.id() + "&tagId=" + evening.id() + "&roleType=CLERK").path("totalElements")
			.asLong()).isEqualTo(5);
		// an org unit includes the units below it
		assertThat(list("orgUnitId=" + staff.company.id()).path("totalElements").asLong()).isEqualTo(31);
		assertThat(list("orgUnitId=" + staff.southTeam.id()).path("totalElements").asLong()).isEqualTo(10);
	}

	@Test
	void searchesByNumberPrefixAndPartOfTheName() {
		assertThat(numbers(list("q=b0"))).hasSize(10);
		assertThat(numbers(list("q=b00"))).hasSize(9);
		assertThat(numbers(list("q=" + encode("阳娜")))).containsExactly("A007");
		assertThat(numbers(list("q=" + encode("cadre 1")))).containsExactly("B001", "B010");
		assertThat(numbers(list("q=%25"))).as("a % is a character, not a wildcard").isEmpty();
	}

	@Test
	void thePageAnswersHtmxWithTheTableOnly() {
		TestBrowser browser = new TestBrowser(port).signIn(staff.hr(), TestTenants.PASSWORD);
		HttpResponse<String> full = browser.get("/employees?roleType=CADRE");
		assertThat(full.statusCode()).isEqualTo(200);
		assertThat(full.body()).contains("<html", "id=\"employee-filter\"", "B001").doesNotContain("A001");

		HttpResponse<String> fragment = browser.get("/employees?roleType=CADRE&page=0", Map.of("HX-Request", "true"));
		assertThat(fragment.statusCode()).isEqualTo(200);
		assertThat(fragment.body().strip()).startsWith("<div id=\"employee-table\"");
		assertThat(fragment.body()).doesNotContain("<html", "employee-filter").contains("B001", "B010").doesNotContain("A001");

		HttpResponse<String> second = browser.get("/employees?page=1", Map.of("HX-Request", "true"));
		assertThat(second.body()).contains(">B006<", ">Z001<").doesNotContain(">A001<");
		// the pager's links keep the filters
		assertThat(browser.get("/employees?status=ACTIVE", Map.of("HX-Request", "true")).body())
			.doesNotContain("roleType=").contains("hx-get=\"/employees?status=ACTIVE&amp;page=1\"");
	}

	@Test
	void tagsAreAddedAndRemovedThroughTheApi() {
		String id = numbersWithIds(list("q=A001")).get(0);
		HttpResponse<String> tagged = http.post("/api/v1/employees/" + id + "/tags", hr, "{\"tagId\":\"" + evening.id() + "\"}");
		assertThat(tagged.statusCode()).as(tagged.body()).isEqualTo(200);
		assertThat(http.json(tagged).path("tags").path(0).path("name").asString()).isEqualTo("晚间可学习");
		assertThat(list("tagId=" + evening.id()).path("totalElements").asLong()).isEqualTo(6);

		assertThat(http.delete("/api/v1/employees/" + id + "/tags/" + evening.id(), hr).statusCode()).isEqualTo(200);
		assertThat(list("tagId=" + evening.id()).path("totalElements").asLong()).isEqualTo(5);
		HttpResponse<String> unknown = http.post("/api/v1/employees/" + id + "/tags", hr, "{\"tagId\":\"" + java.util.UUID.randomUUID() + "\"}");
		assertThat(unknown.statusCode()).isEqualTo(422);

		// deleting a tag takes it off everyone
		assertThat(http.delete("/api/v1/tags/" + evening.id(), hr).statusCode()).isEqualTo(204);
		assertThat(list("q=A004").path("content").path(0).path("tags").size()).isZero();
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

	private static List<String> numbersWithIds(JsonNode page) {
		return page.path("content").valueStream().map(e -> e.path("id").asString()).toList();
	}
}
