package io.cotrain.training.group;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import io.cotrain.CoTrainTest;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.TestStaff;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TestHttp;
import io.cotrain.tenancy.TestTenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST face of the groups: HR proposes, saves and adjusts; a region admin reads its groups only. */
@CoTrainTest
class GroupApiTest {

	@LocalServerPort
	int port;
	@Autowired
	JsonMapper json;
	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	TenantDirectory tenants;
	@Autowired
	Organisation organisation;
	@Autowired
	EmployeeRegistry registry;
	@Autowired
	Accounts accounts;
	@Autowired
	JdbcClient jdbc;

	@Test
	void hrPairsSavesAndAdjustsAndARegionAdminReadsItsGroups() {
		TestHttp http = new TestHttp(port, json);
		TestStaff staff = new TestStaff(provisioning, tenants, organisation, registry, accounts);
		EmployeeView manager = staff.hire("400", "经理", staff.east, staff.manager);
		EmployeeView supervisor = staff.hire("300", "主管", staff.east, staff.supervisor, manager, LocalDate.of(2024, 1, 15));
		EmployeeView clerk = staff.hire("101", "文员", staff.east, staff.clerk, supervisor, LocalDate.of(2024, 1, 15));
		staff.hire("201", "储干", staff.east, staff.cadre, manager, LocalDate.of(2024, 1, 15));
		staff.hire("109", "南文员", staff.south, staff.clerk);
		staff.hire("209", "南储干", staff.south, staff.cadre);
		UUID programme = staff.in(() -> TestProgrammes.create(jdbc, "P1", staff.east.id(), staff.south.id()));
		String hr = TestHttp.basic(staff.hr(), TestTenants.PASSWORD);
		String south = TestHttp.basic(staff.login("south", Set.of(Role.REGION_ADMIN), Set.of(staff.south), null), TestTenants.PASSWORD);
		String base = "/api/v1/programmes/" + programme;

		HttpResponse<String> proposal = http.get(base + "/pairing", hr);
		assertThat(proposal.statusCode()).isEqualTo(200);
		JsonNode proposed = http.json(proposal);
		assertThat(proposed.get("groups")).hasSize(2);
		assertThat(proposed.get("totalScore").asInt()).isPositive();
		JsonNode eastGroup = proposed.get("groups").get(0);
		assertThat(eastGroup.get("cadre").get("employeeNo").asString()).isEqualTo("201");
		assertThat(eastGroup.get("cadreMentor").get("id").asString()).isEqualTo(manager.id().toString());
		assertThat(eastGroup.get("clerks").get(0).get("reasons").get(0).get("key").asString()).startsWith("training.group.reason.");
		// proposing saves nothing
		assertThat(http.json(http.get(base + "/groups", hr))).isEmpty();

		assertThat(http.get(base + "/pairing", south).statusCode()).isEqualTo(403);
		assertThat(http.post(base + "/pairing", south, null).statusCode()).isEqualTo(403);
		HttpResponse<String> saved = http.post(base + "/pairing", hr, null);
		assertThat(saved.statusCode()).isEqualTo(201);
		assertThat(http.json(saved)).hasSize(2);

		JsonNode southView = http.json(http.get(base + "/groups", south));
		assertThat(southView).hasSize(1);
		assertThat(southView.get(0).get("cadre").get("name").asString()).isEqualTo("南储干");
		String eastGroupId = http.json(http.get(base + "/groups", hr)).get(0).get("id").asString();
		assertThat(http.send("PUT", base + "/groups/" + eastGroupId, south,
				"{\"action\":\"CHANGE_MENTOR\",\"menteeId\":\"" + clerk.id() + "\"}").statusCode()).isEqualTo(403);

		HttpResponse<String> wrong = http.send("PUT", base + "/groups/" + eastGroupId, hr,
				"{\"action\":\"CHANGE_MENTOR\",\"menteeId\":\"" + clerk.id() + "\",\"mentorId\":\"" + manager.id() + "\"}");
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(http.json(wrong).get("errors").get(0).get("field").asString()).isEqualTo("mentorId");
		assertThat(http.json(wrong).get("errors").get(0).get("code").asString()).isEqualTo("training.mentor.wrongRole.SUPERVISOR");

		HttpResponse<String> none = http.send("PUT", base + "/groups/" + eastGroupId, hr,
				"{\"action\":\"CHANGE_MENTOR\",\"menteeId\":\"" + clerk.id() + "\",\"mentorId\":null}");
		assertThat(none.statusCode()).isEqualTo(200);
		assertThat(http.json(none).get("clerks").get(0).get("mentor").isNull()).isTrue();
		assertThat(http.send("PUT", base + "/groups/" + eastGroupId, hr, "{\"action\":\"SWAP\"}").statusCode()).isEqualTo(422);

		HttpResponse<String> invalidList = http.post(base + "/pairing", hr,
				"{\"groups\":[{\"cadreId\":\"" + clerk.id() + "\",\"clerks\":[]}]}");
		assertThat(invalidList.statusCode()).isEqualTo(422);
		assertThat(http.json(invalidList).get("errors")).extracting(e -> e.get("field").asString())
			.containsExactly("groups[0].cadre", "groups[0].clerks");

		assertThat(http.get("/api/v1/programmes/" + UUID.randomUUID() + "/groups", hr).statusCode()).isEqualTo(404);
		assertThat(http.get("/v3/api-docs", hr).body()).contains("/api/v1/programmes/{id}/pairing");
	}
}
