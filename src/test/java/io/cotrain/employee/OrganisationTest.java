package io.cotrain.employee;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import io.cotrain.CoTrainTest;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.tenancy.TestHttp;
import io.cotrain.tenancy.TestTenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Org units form a tree of company → department → team; positions and tags have unique codes and names. */
@CoTrainTest
class OrganisationTest {

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
	Accounts accounts;

	private TestStaff staff;
	private TestHttp http;
	private String hr;

	@BeforeEach
	void company() {
		http = new TestHttp(port, json);
		staff = new TestStaff(provisioning, directory, organisation, registry, accounts);
		hr = TestHttp.basic(staff.hr(), TestTenants.PASSWORD);
	}

	private HttpResponse<String> unit(String auth, String code, String kind, Object parent, Object region) {
		return http.post("/api/v1/org-units", auth, """
				{"code":"%s","name":"%s","kind":"%s","parentId":%s,"regionId":%s}""".formatted(code, code, kind, quoted(parent),
				quoted(region)));
	}

	private static String quoted(Object id) {
		return id == null ? "null" : "\"" + id + "\"";
	}

	private List<String> fields(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		return http.json(response).path("errors").valueStream().map(e -> e.path("field").asString()).toList();
	}

	@Test
	void unitsAreListedAsATreeAndKindsGoDownwards() {
		HttpResponse<String> department = unit(hr, "ORD", "DEPARTMENT", staff.company.id(), null);
		assertThat(department.statusCode()).isEqualTo(201);
		String ord = http.json(department).path("id").asString();
		assertThat(unit(hr, "ORD-1", "TEAM", ord, staff.east.id()).statusCode()).isEqualTo(201);

		List<String> codes = http.json(http.get("/api/v1/org-units", hr)).valueStream().map(u -> u.path("code").asString()).toList();
		assertThat(codes).containsExactly("CO", "EAST-1", "ORD", "ORD-1", "SOUTH-1");

		assertThat(fields(unit(hr, "BAD", "DEPARTMENT", staff.eastTeam.id(), null))).containsExactly("kind");
		assertThat(fields(unit(hr, "ORPHAN", "TEAM", null, null))).containsExactly("parent");
		assertThat(fields(unit(hr, "ORD", "TEAM", ord, null))).containsExactly("code");
		HttpResponse<String> cycle = http.send("PUT", "/api/v1/org-units/" + ord, hr, """
				{"name":"订单部","kind":"DEPARTMENT","parentId":"%s"}""".formatted(
				http.json(http.get("/api/v1/org-units", hr)).valueStream().filter(u -> u.path("code").asString().equals("ORD-1"))
					.findFirst().orElseThrow().path("id").asString()));
		assertThat(fields(cycle)).contains("parent");
	}

	@Test
	void aRegionAdminPlacesUnitsInItsRegionsOnly() {
		String admin = TestHttp.basic(staff.login("ra", Set.of(Role.REGION_ADMIN), Set.of(staff.east), null), TestTenants.PASSWORD);
		List<String> visible = http.json(http.get("/api/v1/org-units", admin)).valueStream().map(u -> u.path("code").asString())
			.toList();
		assertThat(visible).containsExactly("CO", "EAST-1");
		assertThat(unit(admin, "EAST-2", "TEAM", staff.company.id(), staff.east.id()).statusCode()).isEqualTo(201);
		assertThat(fields(unit(admin, "WIDE", "DEPARTMENT", staff.company.id(), null))).containsExactly("region");
		assertThat(staff.in(() -> organisation.orgUnitByCode("EAST-2"))).map(OrgUnitView::region).contains(staff.east.id());
		assertThat(staff.in(() -> organisation.positionByCode("SUP"))).contains(staff.supervisor);
		assertThat(TenantScope.call(TenantScope.regions(staff.tenant.id(), Set.of(staff.east.id())),
				() -> organisation.orgUnitByCode("SOUTH-1"))).as("not visible to the east").isEmpty();
		assertThat(fields(unit(admin, "SOUTH-2", "TEAM", staff.company.id(), staff.south.id()))).containsExactly("region");
		assertThat(http.send("PUT", "/api/v1/org-units/" + staff.company.id(), admin, """
				{"name":"改名","kind":"COMPANY"}""").statusCode()).isEqualTo(422);
		assertThat(http.get("/api/v1/org-units/" + staff.southTeam.id(), admin).statusCode()).isEqualTo(404);
		// positions are HR's
		assertThat(http.post("/api/v1/positions", admin, "{\"code\":\"X\",\"name\":\"X\",\"roleType\":\"OTHER\",\"grade\":1}")
			.statusCode()).isEqualTo(403);
	}

	@Test
	void positionCodesAndTagNamesAreUnique() {
		HttpResponse<String> duplicate = http.post("/api/v1/positions", hr,
				"{\"code\":\"CLERK\",\"name\":\"文员二\",\"roleType\":\"CLERK\",\"grade\":1}");
		assertThat(fields(duplicate)).containsExactly("code");
		assertThat(fields(http.post("/api/v1/positions", hr, "{\"code\":\"P9\",\"name\":\"\",\"grade\":120}")))
			.containsExactlyInAnyOrder("name", "roleType", "grade");
		JsonNode changed = http.json(http.send("PUT", "/api/v1/positions/" + staff.clerk.id(), hr,
				"{\"name\":\"高级文员\",\"nameEn\":\"Senior clerk\",\"roleType\":\"CLERK\",\"grade\":2}"));
		assertThat(changed.path("code").asString()).isEqualTo("CLERK");
		assertThat(changed.path("grade").asInt()).isEqualTo(2);

		assertThat(http.post("/api/v1/tags", hr, "{\"type\":\"SKILL\",\"name\":\"沟通\"}").statusCode()).isEqualTo(201);
		assertThat(fields(http.post("/api/v1/tags", hr, "{\"type\":\"SKILL\",\"name\":\" 沟通 \"}"))).containsExactly("name");
		assertThat(http.post("/api/v1/tags", hr, "{\"type\":\"MENTOR_SPECIALTY\",\"name\":\"沟通\"}").statusCode())
			.as("the same name with another type").isEqualTo(201);
		assertThat(http.json(http.get("/api/v1/tags", hr)).size()).isEqualTo(2);
	}
}
