package io.cotrain.employee;

import java.time.LocalDate;
import java.util.Set;

import io.cotrain.CoTrainTest;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TestBrowser;
import io.cotrain.tenancy.TestHttp;
import io.cotrain.tenancy.TestTenants;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees an archive: an employee their own, a mentor also those whose line manager they are; nobody else of
 * the staff (404), and no lists.
 */
@CoTrainTest
class ArchiveVisibilityTest {

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
	private EmployeeView supervisor;
	private EmployeeView clerk;
	private EmployeeView otherClerk;
	private String mentorLogin;
	private String clerkLogin;
	private String otherMentorLogin;

	@BeforeEach
	void aTeam() {
		http = new TestHttp(port, json);
		staff = new TestStaff(provisioning, directory, organisation, registry, accounts);
		supervisor = staff.hire("S1", "李主管", staff.east, staff.supervisor);
		EmployeeView otherSupervisor = staff.hire("S2", "周主管", staff.east, staff.supervisor);
		clerk = staff.hire("C1", "王文员", staff.east, staff.clerk, supervisor, LocalDate.of(2024, 3, 1));
		otherClerk = staff.hire("C2", "张文员", staff.east, staff.clerk, otherSupervisor, LocalDate.of(2024, 3, 1));
		mentorLogin = staff.login("mentor", Set.of(Role.MENTOR), Set.of(staff.east), supervisor);
		otherMentorLogin = staff.login("mentor2", Set.of(Role.MENTOR), Set.of(staff.east), otherSupervisor);
		clerkLogin = staff.login("clerk", Set.of(Role.EMPLOYEE), Set.of(staff.east), clerk);
	}

	@Test
	void anEmployeeSeesTheirOwnArchiveOnly() {
		TestBrowser browser = new TestBrowser(port).signIn(clerkLogin, TestTenants.PASSWORD);
		assertThat(browser.get("/employees/me").body()).contains("王文员", "李主管", "assignment-history");
		assertThat(browser.get("/employees/" + clerk.id()).statusCode()).isEqualTo(200);
		assertThat(browser.get("/employees/" + otherClerk.id()).statusCode()).isEqualTo(404);
		assertThat(browser.get("/employees/" + supervisor.id()).statusCode()).isEqualTo(404);
		assertThat(browser.get("/employees").statusCode()).isEqualTo(403);
		assertThat(browser.get("/employees/" + clerk.id()).body()).as("no HR actions").doesNotContain("/erasure", "/edit");

		String auth = TestHttp.basic(clerkLogin, TestTenants.PASSWORD);
		assertThat(http.get("/api/v1/employees/" + clerk.id(), auth).statusCode()).isEqualTo(200);
		assertThat(http.get("/api/v1/employees/" + clerk.id() + "/assignments", auth).statusCode()).isEqualTo(200);
		assertThat(http.get("/api/v1/employees/" + otherClerk.id(), auth).statusCode()).isEqualTo(404);
		assertThat(http.get("/api/v1/employees/" + otherClerk.id() + "/assignments", auth).statusCode()).isEqualTo(404);
		assertThat(http.get("/api/v1/employees", auth).statusCode()).isEqualTo(403);
		assertThat(http.get("/api/v1/employees/" + clerk.id() + "/personal-data", auth).statusCode()).isEqualTo(403);
	}

	@Test
	void aMentorSeesTheirOwnAndTheirReportsArchives() {
		TestBrowser browser = new TestBrowser(port).signIn(mentorLogin, TestTenants.PASSWORD);
		String own = browser.get("/employees/me").body();
		assertThat(own).contains("李主管", "direct-reports", "王文员").doesNotContain("张文员");
		assertThat(browser.get("/employees/" + clerk.id()).statusCode()).isEqualTo(200);
		assertThat(browser.get("/employees/" + otherClerk.id()).statusCode()).isEqualTo(404);
		assertThat(browser.get("/employees").statusCode()).isEqualTo(403);

		String auth = TestHttp.basic(otherMentorLogin, TestTenants.PASSWORD);
		assertThat(http.get("/api/v1/employees/" + otherClerk.id(), auth).statusCode()).isEqualTo(200);
		assertThat(http.get("/api/v1/employees/" + clerk.id(), auth).statusCode()).isEqualTo(404);
	}

	@Test
	void aLoginWithoutAnEmployeeIsToldSo() {
		String unlinked = staff.login("visitor", Set.of(Role.EMPLOYEE), Set.of(), null);
		TestBrowser browser = new TestBrowser(port).signIn(unlinked, TestTenants.PASSWORD);
		assertThat(browser.get("/employees/me").body()).contains("id=\"not-linked\"");
		assertThat(browser.get("/employees/" + clerk.id()).statusCode()).isEqualTo(404);
	}
}
