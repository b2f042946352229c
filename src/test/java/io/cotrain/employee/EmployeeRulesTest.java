package io.cotrain.employee;

import java.net.http.HttpResponse;
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

/** What a new or changed employee must satisfy; every problem comes back as a field error (422, or next to the field). */
@CoTrainTest
class EmployeeRulesTest {

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
		assertThat(create("00101", "王芳", "", "\"phone\":\"138 0013 8000\",").statusCode()).isEqualTo(201);
	}

	private HttpResponse<String> create(String number, String name, String pin, String extra) {
		return http.post("/api/v1/employees", hr, """
				{%s"employeeNo":"%s","name":"%s","terminalPin":"%s","regionId":"%s","orgUnitId":"%s","positionId":"%s",
				 "hireDate":"2025-03-01"}""".formatted(extra, number, name, pin, staff.east.id(), staff.eastTeam.id(), staff.clerk.id()));
	}

	private List<String> fields(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		JsonNode problem = http.json(response);
		assertThat(problem.path("type").asString()).isEqualTo("urn:cotrain:problem:validation");
		return problem.path("errors").valueStream().map(e -> e.path("field").asString()).toList();
	}

	@Test
	void storesThePhoneInE164AndThePinDefaultsToTheNumber() {
		JsonNode created = http.json(http.get("/api/v1/employees?q=00101", hr)).path("content").path(0);
		assertThat(created.path("phone").asString()).isEqualTo("+8613800138000");
		assertThat(created.path("terminalPin").asString()).isEqualTo("00101");
		assertThat(created.path("roleType").asString()).isEqualTo("CLERK");
	}

	@Test
	void employeeNumbersAreUniquePerTenant() {
		assertThat(fields(create("00101", "重复", "77777", ""))).containsExactly("employeeNo");
		// another tenant may use the number
		TestStaff other = new TestStaff(provisioning, directory, organisation, registry, accounts);
		assertThat(other.hire("00101", "别家员工", other.east, other.clerk).employeeNo()).isEqualTo("00101");
	}

	@Test
	void terminalPinsAreUniquePerTenant() {
		assertThat(create("00102", "李四", "7001", "").statusCode()).isEqualTo(201);
		assertThat(fields(create("00103", "赵五", "7001", ""))).containsExactly("terminalPin");
		// the default PIN (the number) may not take an existing PIN either
		assertThat(fields(create("7001", "孙六", "", ""))).containsExactly("terminalPin");
		// nor may a change
		String id = http.json(http.get("/api/v1/employees?q=00102", hr)).path("content").path(0).path("id").asString();
		HttpResponse<String> changed = http.send("PUT", "/api/v1/employees/" + id, hr, """
				{"name":"李四","terminalPin":"00101","regionId":"%s","positionId":"%s"}""".formatted(staff.east.id(), staff.clerk.id()));
		assertThat(fields(changed)).containsExactly("terminalPin");
	}

	@Test
	void reportsEveryInvalidFieldAtOnce() {
		HttpResponse<String> response = http.post("/api/v1/employees", hr, """
				{"employeeNo":"no spaces","name":"","phone":"12345","email":"not-an-email","terminalPin":"p 1",
				 "regionId":"%s","orgUnitId":"%s"}""".formatted(java.util.UUID.randomUUID(), staff.company.id()));
		assertThat(fields(response)).containsExactlyInAnyOrder("employeeNo", "name", "regionId", "phone", "email", "terminalPin",
				"hireDate", "positionId");
	}

	@Test
	void anOrgUnitOfAnotherRegionAndAManagerWhoLeftAreRefused() {
		HttpResponse<String> wrongUnit = http.post("/api/v1/employees", hr, """
				{"employeeNo":"00104","name":"周七","regionId":"%s","orgUnitId":"%s","positionId":"%s","hireDate":"2025-03-01"}"""
			.formatted(staff.east.id(), staff.southTeam.id(), staff.clerk.id()));
		assertThat(fields(wrongUnit)).containsExactly("orgUnitId");

		EmployeeView boss = staff.hire("M-1", "经理", staff.east, staff.manager);
		staff.in(() -> registry.leave(boss.id(), java.time.LocalDate.of(2025, 6, 30)));
		HttpResponse<String> leftBoss = http.post("/api/v1/employees", hr, """
				{"employeeNo":"00105","name":"吴八","regionId":"%s","positionId":"%s","managerId":"%s","hireDate":"2025-03-01"}"""
			.formatted(staff.east.id(), staff.clerk.id(), boss.id()));
		assertThat(fields(leftBoss)).containsExactly("managerId");
	}

	@Test
	void aManagerCannotReportToTheirOwnReport() {
		EmployeeView boss = staff.hire("M-2", "主管", staff.east, staff.supervisor);
		EmployeeView report = staff.hire("C-2", "下属", staff.east, staff.clerk, boss, java.time.LocalDate.of(2024, 5, 1));
		HttpResponse<String> cycle = http.send("PUT", "/api/v1/employees/" + boss.id(), hr, """
				{"name":"主管","regionId":"%s","positionId":"%s","managerId":"%s"}""".formatted(staff.east.id(), staff.supervisor.id(),
				report.id()));
		assertThat(fields(cycle)).containsExactly("managerId");
		HttpResponse<String> self = http.send("PUT", "/api/v1/employees/" + boss.id(), hr, """
				{"name":"主管","regionId":"%s","positionId":"%s","managerId":"%s"}""".formatted(staff.east.id(), staff.supervisor.id(),
				boss.id()));
		assertThat(fields(self)).containsExactly("managerId");
	}

	@Test
	void theFormShowsTheErrorNextToTheField() {
		TestBrowser browser = new TestBrowser(port).signIn(staff.hr(), TestTenants.PASSWORD);
		String csrf = TestBrowser.csrf(browser.get("/employees/new"));
		HttpResponse<String> form = browser.postForm("/employees/new", Map.of("employeeNo", "00101", "name", "重复", "regionId",
				staff.east.id().toString(), "positionId", staff.clerk.id().toString(), "hireDate", "2025-03-01"), csrf);
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).containsPattern("id=\"employeeNo\"[^>]*is-invalid|is-invalid[^>]*id=\"employeeNo\"")
			.contains("该值已被使用");

		HttpResponse<String> created = browser.postForm("/employees/new", Map.of("employeeNo", "00109", "name", "新员工", "regionId",
				staff.east.id().toString(), "positionId", staff.clerk.id().toString(), "hireDate", "2025-03-01", "phone", "13912345678"),
				csrf);
		String archive = TestBrowser.redirectPath(created);
		assertThat(archive).matches("/employees/[0-9a-f-]{36}");
		assertThat(browser.get(archive).body()).contains("新员工", "+8613912345678", "00109");
	}
}
