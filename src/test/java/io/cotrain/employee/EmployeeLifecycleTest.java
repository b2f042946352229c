package io.cotrain.employee;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import io.cotrain.CoTrainTest;
import io.cotrain.MutableClock;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TestBrowser;
import io.cotrain.tenancy.TestHttp;
import io.cotrain.tenancy.TestTenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A person's life in the module: a login, leaving, the personal-data export and erasure. */
@CoTrainTest
class EmployeeLifecycleTest {

	@LocalServerPort
	int port;
	@Autowired
	JsonMapper json;
	@Autowired
	MutableClock clock;
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
	AuditLog audit;

	private TestStaff staff;
	private TestHttp http;
	private String hr;
	private EmployeeView clerk;

	@BeforeEach
	void aClerk() {
		clock.set(Instant.parse("2026-04-15T02:00:00Z"));
		http = new TestHttp(port, json);
		staff = new TestStaff(provisioning, directory, organisation, registry, accounts);
		hr = TestHttp.basic(staff.hr(), TestTenants.PASSWORD);
		clerk = staff.in(() -> registry.create(new EmployeeRegistry.NewEmployee("C-0042", "陈小红", "13812345678", "xh@example.com",
				staff.east.id(), staff.eastTeam.id(), staff.clerk.id(), null, LocalDate.of(2024, 9, 1), null)));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private long audited(String action) {
		return staff.in(() -> audit.search("employee", action, null, 0, 100)).entries().stream()
			.filter(e -> e.subjectId().equals(clerk.id().toString())).count();
	}

	@Test
	void createsALoginLinkedToTheEmployeeAndShowsItsPasswordOnce() {
		HttpResponse<String> created = http.post("/api/v1/employees/" + clerk.id() + "/login", hr, null);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String username = http.json(created).path("username").asString();
		String password = http.json(created).path("initialPassword").asString();
		assertThat(username).isEqualTo("c-0042@" + staff.tenant.code());
		assertThat(password).isNotBlank();

		Accounts.AccountView account = staff.in(() -> accounts.list()).stream().filter(a -> a.username().equals(username))
			.findFirst().orElseThrow();
		assertThat(account.employeeId()).isEqualTo(clerk.id().value());
		assertThat(account.roles()).containsExactly(Role.EMPLOYEE);
		assertThat(account.regions()).containsExactly(staff.east.id());

		// the person signs in with it and sees their own record, nobody else's and no list
		String own = TestHttp.basic(username, password);
		assertThat(http.get("/api/v1/employees/" + clerk.id(), own).statusCode()).isEqualTo(200);
		assertThat(http.get("/api/v1/employees", own).statusCode()).isEqualTo(403);
		EmployeeView other = staff.hire("C-0043", "别人", staff.east, staff.clerk);
		assertThat(http.get("/api/v1/employees/" + other.id(), own).statusCode()).isEqualTo(404);

		HttpResponse<String> again = http.post("/api/v1/employees/" + clerk.id() + "/login", hr, null);
		assertThat(again.statusCode()).isEqualTo(422);
		assertThat(audited("EMPLOYEE_LOGIN_CREATED")).isEqualTo(1);
	}

	@Test
	void theLoginPageShowsTheOneTimePasswordOnce() {
		TestBrowser browser = new TestBrowser(port).signIn(staff.hr(), TestTenants.PASSWORD);
		String csrf = TestBrowser.csrf(browser.get("/employees/" + clerk.id()));
		HttpResponse<String> page = browser.postForm("/employees/" + clerk.id() + "/login", java.util.Map.of(), csrf);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("c-0042@" + staff.tenant.code(), "id=\"one-time-password\"");
		assertThat(browser.get("/employees/" + clerk.id()).body()).contains("c-0042@" + staff.tenant.code())
			.doesNotContain("one-time-password");
	}

	@Test
	void anEmployeeLeavesOnADateNotInTheFutureAndTheirLoginStops() {
		EmployeeRegistry.LoginCreated login = staff.in(() -> registry.createLogin(clerk.id()));
		String username = login.username();
		String password = login.initialPassword();
		assertThat(http.get("/api/v1/me", TestHttp.basic(username, password)).statusCode()).isEqualTo(200);

		HttpResponse<String> future = http.post("/api/v1/employees/" + clerk.id() + "/leave", hr, "{\"leftOn\":\"2026-04-16\"}");
		assertThat(future.statusCode()).isEqualTo(422);
		assertThat(http.json(future).path("errors").path(0).path("field").asString()).isEqualTo("leftOn");
		assertThat(http.post("/api/v1/employees/" + clerk.id() + "/leave", hr, "{\"leftOn\":\"2024-08-31\"}").statusCode())
			.as("before the hire date").isEqualTo(422);

		HttpResponse<String> left = http.post("/api/v1/employees/" + clerk.id() + "/leave", hr, "{\"leftOn\":\"2026-04-15\"}");
		assertThat(left.statusCode()).as(left.body()).isEqualTo(200);
		assertThat(http.json(left).path("status").asString()).isEqualTo("LEFT");
		assertThat(http.json(left).path("leftOn").asString()).isEqualTo("2026-04-15");
		assertThat(http.post("/api/v1/employees/" + clerk.id() + "/leave", hr, "{\"leftOn\":\"2026-04-15\"}").statusCode())
			.as("leaving twice").isEqualTo(422);

		// kept, findable, no longer active, cannot sign in
		assertThat(http.json(http.get("/api/v1/employees?status=LEFT", hr)).path("totalElements").asLong()).isEqualTo(1);
		assertThat(staff.in(() -> employees.activeByRoleType(Set.of(RoleType.CLERK)))).extracting(EmployeeView::id)
			.doesNotContain(clerk.id());
		assertThat(http.get("/api/v1/me", TestHttp.basic(username, password)).statusCode()).isEqualTo(401);
		assertThat(audited("EMPLOYEE_LEFT")).isEqualTo(1);
	}

	@Test
	void thePersonalDataExportHoldsEverythingAboutThePersonAndIsAudited() {
		staff.in(() -> registry.createLogin(clerk.id()));
		HttpResponse<String> export = http.get("/api/v1/employees/" + clerk.id() + "/personal-data", hr);
		assertThat(export.statusCode()).isEqualTo(200);
		JsonNode data = http.json(export);
		assertThat(data.path("employee").path("name").asString()).isEqualTo("陈小红");
		assertThat(data.path("employee").path("phone").asString()).isEqualTo("+8613812345678");
		assertThat(data.path("employee").path("email").asString()).isEqualTo("xh@example.com");
		assertThat(data.path("employee").path("employeeNo").asString()).isEqualTo("C-0042");
		assertThat(data.path("assignments").size()).isEqualTo(1);
		assertThat(data.path("assignments").path(0).path("position").path("code").asString()).isEqualTo("CLERK");
		assertThat(data.path("login").asString()).isEqualTo("c-0042@" + staff.tenant.code());
		assertThat(data.path("exportedAt").asString()).isEqualTo("2026-04-15T02:00:00Z");
		assertThat(audited("PERSONAL_DATA_EXPORTED")).isEqualTo(1);

		// the page offers the same as a download
		TestBrowser browser = new TestBrowser(port).signIn(staff.hr(), TestTenants.PASSWORD);
		HttpResponse<String> download = browser.get("/employees/" + clerk.id() + "/personal-data");
		assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", "C-0042");
		assertThat(download.body()).contains("陈小红");
		assertThat(audited("PERSONAL_DATA_EXPORTED")).isEqualTo(2);
	}

	@Test
	void erasurePseudonymisesThePersonKeepsIdsAndHistoryAndIsAudited() {
		String username = staff.in(() -> registry.createLogin(clerk.id())).username();
		HttpResponse<String> erased = http.post("/api/v1/employees/" + clerk.id() + "/erasure", hr, null);
		assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);

		EmployeeView after = staff.in(() -> employees.get(clerk.id()));
		assertThat(after.name()).isEqualTo("#C-0042").doesNotContain("陈小红");
		assertThat(after.phone()).isNull();
		assertThat(after.email()).isNull();
		assertThat(after.id()).isEqualTo(clerk.id());
		assertThat(after.employeeNo()).isEqualTo("C-0042");
		assertThat(after.terminalPin()).isEqualTo("C-0042");
		assertThat(staff.in(() -> employees.history(clerk.id()))).hasSize(1);
		assertThat(audited("EMPLOYEE_ERASED")).isEqualTo(1);

		// nothing of the person is left in the export, the login or the audit trail
		String export = http.get("/api/v1/employees/" + clerk.id() + "/personal-data", hr).body();
		assertThat(export).doesNotContain("陈小红", "13812345678", "xh@example.com").contains("\"erasedAt\":\"2026-04-15T02:00:00Z\"");
		Accounts.AccountView login = staff.in(() -> accounts.list()).stream().filter(a -> a.username().equals(username)).findFirst()
			.orElseThrow();
		assertThat(login.displayName()).isEqualTo("#C-0042");
		assertThat(login.enabled()).isFalse();
		assertThat(staff.in(() -> audit.search(null, null, null, 0, 500)).entries()).extracting(AuditLog.Entry::details)
			.noneMatch(details -> details.contains("陈小红") || details.contains("13812345678"));

		// erasing again changes nothing
		assertThat(http.post("/api/v1/employees/" + clerk.id() + "/erasure", hr, null).statusCode()).isEqualTo(200);
		assertThat(audited("EMPLOYEE_ERASED")).isEqualTo(1);
	}

	@Test
	void auditorsReadButCannotChange() {
		String auditor = staff.login("auditor", Set.of(Role.AUDITOR), Set.of(), null);
		String auth = TestHttp.basic(auditor, TestTenants.PASSWORD);
		assertThat(http.get("/api/v1/employees", auth).statusCode()).isEqualTo(200);
		assertThat(http.get("/api/v1/employees/" + clerk.id(), auth).statusCode()).isEqualTo(200);
		assertThat(http.post("/api/v1/employees/" + clerk.id() + "/erasure", auth, null).statusCode()).isEqualTo(403);
		assertThat(http.get("/api/v1/employees/" + clerk.id() + "/personal-data", auth).statusCode()).isEqualTo(403);
		assertThat(http.post("/api/v1/employees/" + clerk.id() + "/leave", auth, "{\"leftOn\":\"2026-04-01\"}").statusCode())
			.isEqualTo(403);
		assertThat(staff.in(() -> employees.get(clerk.id())).name()).isEqualTo("陈小红");
	}
}
