package io.cotrain.employee;

import java.net.http.HttpResponse;
import java.util.Set;

import io.cotrain.CoTrainTest;
import io.cotrain.employee.support.DatabaseRefusals;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.tenancy.TestBrowser;
import io.cotrain.tenancy.TestHttp;
import io.cotrain.tenancy.TestTenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A region admin sees and changes only employees of its regions, and cannot move one out of them. */
@CoTrainTest
class RegionAdminTest {

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
	EmployeeDirectory employees;
	@Autowired
	Accounts accounts;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	PlatformTransactionManager transactions;

	private TestStaff staff;
	private TestHttp http;
	private EmployeeView eastClerk;
	private EmployeeView southClerk;
	private String regionAdmin;
	private String auth;

	@BeforeEach
	void twoRegionsAndAnAdminOfOne() {
		http = new TestHttp(port, json);
		staff = new TestStaff(provisioning, directory, organisation, registry, accounts);
		eastClerk = staff.hire("E-100", "东区文员", staff.east, staff.clerk);
		southClerk = staff.hire("S-200", "Nguyễn Thị Nam", staff.south, staff.clerk);
		regionAdmin = staff.login("east-admin", Set.of(Role.REGION_ADMIN), Set.of(staff.east), null);
		auth = TestHttp.basic(regionAdmin, TestTenants.PASSWORD);
	}

	private String body(EmployeeView e, String regionId, String orgUnitId, String extra) {
		return """
				{"name":"%s","phone":"13900001111","regionId":"%s","orgUnitId":%s,"positionId":"%s"%s}"""
			.formatted(e.name(), regionId, orgUnitId == null ? "null" : "\"" + orgUnitId + "\"", e.position(), extra);
	}

	private static String fieldOf(JsonNode problem) {
		return problem.path("errors").path(0).path("field").asString();
	}

	@Test
	void listsAndReadsOnlyItsRegionsEmployees() {
		JsonNode page = http.json(http.get("/api/v1/employees?size=500", auth));
		assertThat(page.path("totalElements").asLong()).isEqualTo(1);
		assertThat(page.path("content").path(0).path("employeeNo").asString()).isEqualTo("E-100");
		assertThat(http.get("/api/v1/employees/" + southClerk.id(), auth).statusCode()).isEqualTo(404);
		assertThat(http.get("/api/v1/employees/" + southClerk.id() + "/assignments", auth).statusCode()).isEqualTo(404);
		assertThat(http.get("/api/v1/employees/" + eastClerk.id(), auth).statusCode()).isEqualTo(200);
		// HR sees both
		assertThat(http.json(http.get("/api/v1/employees?size=500", TestHttp.basic(staff.hr(), TestTenants.PASSWORD)))
			.path("totalElements").asLong()).isEqualTo(2);

		TestBrowser browser = new TestBrowser(port).signIn(regionAdmin, TestTenants.PASSWORD);
		String list = browser.get("/employees").body();
		assertThat(list).contains("E-100").doesNotContain("S-200", "Nguyễn Thị Nam");
		assertThat(browser.get("/employees/" + southClerk.id()).statusCode()).isEqualTo(404);
		assertThat(browser.get("/employees/" + eastClerk.id()).statusCode()).isEqualTo(200);
	}

	@Test
	void editsItsRegionsEmployeesButNotOthers() {
		HttpResponse<String> changed = http.send("PUT", "/api/v1/employees/" + eastClerk.id(), auth,
				body(eastClerk, staff.east.id().toString(), staff.eastTeam.id().toString(), ""));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(http.json(changed).path("phone").asString()).isEqualTo("+8613900001111");

		HttpResponse<String> foreign = http.send("PUT", "/api/v1/employees/" + southClerk.id(), auth,
				body(southClerk, staff.south.id().toString(), null, ""));
		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(http.post("/api/v1/employees/" + southClerk.id() + "/leave", auth, "{\"leftOn\":\"2025-01-01\"}").statusCode())
			.isEqualTo(404);
		assertThat(staff.in(() -> employees.get(southClerk.id())).phone()).isNull();
	}

	@Test
	void cannotMoveAnEmployeeIntoARegionItDoesNotAdminister() {
		for (String extra : new String[] { "", ",\"effectiveFrom\":\"2030-01-01\"" }) {
			HttpResponse<String> moved = http.send("PUT", "/api/v1/employees/" + eastClerk.id(), auth,
					body(eastClerk, staff.south.id().toString(), null, extra));
			assertThat(moved.statusCode()).as(moved.body()).isEqualTo(422);
			assertThat(fieldOf(http.json(moved))).isEqualTo("regionId");
		}
		assertThat(staff.in(() -> employees.get(eastClerk.id())).region()).isEqualTo(staff.east.id());
		assertThat(staff.in(() -> employees.history(eastClerk.id()))).hasSize(1);

		HttpResponse<String> hired = http.post("/api/v1/employees", auth, """
				{"employeeNo":"S-300","name":"Lê Văn Tư","regionId":"%s","positionId":"%s","hireDate":"2025-02-01"}"""
			.formatted(staff.south.id(), staff.clerk.id()));
		assertThat(hired.statusCode()).isEqualTo(422);
		assertThat(fieldOf(http.json(hired))).isEqualTo("regionId");
	}

	@Test
	void aDuplicateNumberInARegionItCannotSeeIsAFieldError() {
		HttpResponse<String> hired = http.post("/api/v1/employees", auth, """
				{"employeeNo":"S-200","name":"重号","regionId":"%s","positionId":"%s","hireDate":"2025-02-01"}"""
			.formatted(staff.east.id(), staff.clerk.id()));
		assertThat(hired.statusCode()).as(hired.body()).isEqualTo(422);
		assertThat(fieldOf(http.json(hired))).isEqualTo("employeeNo");
	}

	@Test
	void rowSecurityRefusesTheMoveAndTheRefusalBecomesAFieldError() {
		TenantScope eastOnly = TenantScope.regions(staff.tenant.id(), Set.of(staff.east.id()));
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> TenantScope.run(eastOnly,
				() -> new TransactionTemplate(transactions).executeWithoutResult(status -> DatabaseRefusals.translate(
						() -> jdbc.sql("update employee set region_id = :south where id = :id").param("south", staff.south.id().value())
							.param("id", eastClerk.id().value()).update(),
						java.util.Map.of(), "regionId"))))
			.satisfies(e -> assertThat(e.violations().get(0).field()).isEqualTo("regionId"));
		assertThat(staff.in(() -> employees.get(eastClerk.id())).region()).isEqualTo(staff.east.id());
	}
}
