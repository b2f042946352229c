package io.cotrain.attendance.qr;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import io.cotrain.MutableClock;
import io.cotrain.attendance.RotatingCodes;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.TestStaff;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TestBrowser;
import io.cotrain.tenancy.TestHttp;
import io.cotrain.tenancy.TestTenants;
import io.cotrain.training.Courses;
import io.cotrain.training.Occurrences;
import io.cotrain.training.Programmes;
import io.cotrain.training.group.Groups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the QR check-in tests share: a fresh {@link QrFixture} (the clock two days before the session), HTTP helpers. */
abstract class QrTestSupport {

	@LocalServerPort
	int port;
	@Autowired
	JsonMapper json;
	@Autowired
	MutableClock clock;
	@Autowired
	RotatingCodes codes;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Occurrences occurrences;
	@Autowired
	Programmes programmes;
	@Autowired
	Courses courses;
	@Autowired
	Groups groups;
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

	QrFixture f;
	TestHttp http;

	@BeforeEach
	void setUpFixture() {
		clock.set(Instant.parse("2026-07-06T00:00:00Z"));
		f = new QrFixture(new TestStaff(provisioning, directory, organisation, registry, accounts), programmes, courses, groups, occurrences);
		http = new TestHttp(port, json);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	/** Sets the clock to the session's start plus {@code seconds} (negative: before). */
	void at(long seconds) {
		clock.set(QrFixture.START.plusSeconds(seconds));
	}

	/** The session's code now (the default 15-second steps). */
	String code(UUID session) {
		return codes.current(session, 15, clock.instant()).value();
	}

	static String basic(String username) {
		return TestHttp.basic(username, TestTenants.PASSWORD);
	}

	/** A browser signed in as {@code username} (a kiosk's home redirects, so only the login's answer is checked). */
	TestBrowser browser(String username) {
		TestBrowser browser = new TestBrowser(port);
		org.assertj.core.api.Assertions.assertThat(browser.login(username, TestTenants.PASSWORD)).as("login of %s", username).isEqualTo("/");
		return browser;
	}

	HttpResponse<String> checkIn(String username, String code, String fingerprint) {
		return http.post("/api/v1/sessions/" + f.session + "/check-ins", basic(username),
				"{\"code\":\"%s\",\"fingerprint\":\"%s\"}".formatted(code, fingerprint));
	}

	/** The first error code of a 422 problem. */
	String reason(HttpResponse<String> problem) {
		JsonNode errors = http.json(problem).get("errors");
		return errors == null || errors.isEmpty() ? null : errors.get(0).get("code").asString();
	}

	/** The kinds of suspected proxy check-in flagged for the employee at the fixture's session. */
	java.util.List<String> flags(io.cotrain.employee.EmployeeView employee) {
		return f.staff.in(() -> jdbc.sql("select kind from checkin_flag where occurrence_id = :o and employee_id = :e order by kind")
			.param("o", f.session).param("e", employee.id().value()).query(String.class).list());
	}
}
