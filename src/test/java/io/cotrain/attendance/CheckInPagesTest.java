package io.cotrain.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import io.cotrain.CoTrainTest;
import io.cotrain.MutableClock;
import io.cotrain.attendance.CheckIns.Evidence;
import io.cotrain.attendance.CheckIns.Method;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.TestStaff;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.tenancy.TenantSettings;
import io.cotrain.tenancy.TestBrowser;
import io.cotrain.tenancy.TestHttp;
import io.cotrain.tenancy.TestTenants;
import io.cotrain.training.Courses;
import io.cotrain.training.OccurrenceFixture;
import io.cotrain.training.Occurrences;
import io.cotrain.training.Occurrences.Occurrence;
import io.cotrain.training.Programmes;
import io.cotrain.training.group.Groups;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The check-in pages and API as their users meet them: HR's sessions list and live roster, a session's rules with field
 * errors, the learner's own page and a correction (补卡) request decided by the mentor, the monthly limit, who may see
 * what, and the open sessions over the API.
 */
@CoTrainTest
class CheckInPagesTest {

	@Autowired
	CheckIns checkIns;
	@Autowired
	Occurrences occurrences;
	@Autowired
	Programmes programmes;
	@Autowired
	Courses courses;
	@Autowired
	Groups groups;
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
	Accounts accounts;
	@Autowired
	TenantSettings settings;
	@Autowired
	AuditLog audit;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	JsonMapper json;
	@LocalServerPort
	int port;

	OccurrenceFixture f;
	Occurrence workshop;
	String hr;
	String c1;
	String c3;
	String supervisor;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-07-06T00:00:00Z"));
		f = new OccurrenceFixture(new TestStaff(provisioning, directory, organisation, registry, accounts), programmes, courses, groups);
		workshop = in(() -> occurrences.create(f.programme, f.eastWorkshop("2026-07-10T09:00")));
		hr = f.staff.hr();
		c1 = f.staff.login("c1", Set.of(Role.EMPLOYEE), Set.of(), f.c1);
		c3 = f.staff.login("c3", Set.of(Role.EMPLOYEE), Set.of(), f.c3);
		supervisor = f.staff.login("sup", Set.of(Role.MENTOR), Set.of(), f.supervisor);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void hrFollowsTheLiveRosterAndSetsTheSessionsRules() {
		clock.set(workshop.startsAt().minus(Duration.ofMinutes(5)));
		in(() -> checkIns.checkIn(workshop.id(), f.k1.id(), Method.QR, clock.instant(), new Evidence("a", "10.0.0.1", null, null, null,
				null, null, null), "test"));
		TestBrowser browser = browser(hr);
		String list = browser.get("/sessions?view=open").body();
		assertThat(list).contains("data-session=\"" + workshop.id() + "\"").contains("协同工作坊").contains("1 / 3").contains("签到中");

		String page = browser.get("/sessions/" + workshop.id()).body();
		assertThat(page).contains("hx-get=\"/sessions/" + workshop.id() + "/roster\"").contains("every 10s");
		assertThat(page).contains("已签到 1 / 3 人").contains("data-employee=\"" + f.k1.id() + "\" data-status=\"PRESENT\"");
		assertThat(page).contains("08:45 开放，09:05 后为迟到，09:15 关闭");
		String fragment = browser.get("/sessions/" + workshop.id() + "/roster").body();
		assertThat(fragment).startsWith("<div").contains("id=\"roster\"").doesNotContain("<html");

		String csrf = TestBrowser.csrf(browser.get("/sessions/" + workshop.id()));
		HttpResponse<String> refused = browser.postForm("/sessions/" + workshop.id() + "/policy", Map.of("opensBeforeMinutes", "15",
				"closesAfterMinutes", "10", "lateAfterMinutes", "20", "jointWithinMinutes", "10", "methods", "BOTH", "ipRanges", "10.0.0.0/33"),
				csrf);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("迟到时间不能晚于签到关闭时间。").contains("“10.0.0.0/33”不是有效的 IP 地址或网段");
		HttpResponse<String> saved = browser.postForm("/sessions/" + workshop.id() + "/policy", Map.of("opensBeforeMinutes", "30",
				"closesAfterMinutes", "20", "lateAfterMinutes", "10", "jointWithinMinutes", "5", "methods", "QR", "ipRanges", ""), csrf);
		assertThat(TestBrowser.redirectPath(saved)).isEqualTo("/sessions/" + workshop.id());
		assertThat(browser.get("/sessions/" + workshop.id()).body()).contains("08:30 开放，09:10 后为迟到，09:20 关闭").contains("仅扫码")
			.contains("本课次使用单独设置的规则。");
		assertThat(in(() -> audit.search("course_occurrence", "ATTENDANCE_POLICY_CHANGED", null, 0, 10)).entries()).hasSize(1);
	}

	@Test
	void learnersSeeOnlyTheirOwnPagesAndTheOpenSessionsTheyAreOn() {
		clock.set(workshop.startsAt().minus(Duration.ofMinutes(10)));
		assertThat(browser(c1).get("/sessions").statusCode()).isEqualTo(403);
		assertThat(browser(c1).get("/corrections").statusCode()).isEqualTo(403);
		TestHttp http = new TestHttp(port, json);
		JsonNode open = http.json(http.get("/api/v1/sessions?open=true", TestHttp.basic(c1, TestTenants.PASSWORD)));
		assertThat(open.size()).isEqualTo(1);
		assertThat(open.get(0).get("id").asString()).isEqualTo(workshop.id().toString());
		assertThat(open.get(0).get("state").asString()).isEqualTo("OPEN");
		assertThat(http.json(http.get("/api/v1/sessions?open=true", TestHttp.basic(c3, TestTenants.PASSWORD))).size())
			.as("c3 is not on its roster").isZero();
		assertThat(http.get("/api/v1/sessions/" + workshop.id() + "/roster", TestHttp.basic(c3, TestTenants.PASSWORD)).statusCode())
			.isEqualTo(404);
		JsonNode roster = http.json(http.get("/api/v1/sessions/" + workshop.id() + "/roster", TestHttp.basic(c1, TestTenants.PASSWORD)));
		assertThat(roster.size()).as("c1 sees their own group").isEqualTo(3);
		assertThat(http.get("/api/v1/sessions/" + workshop.id() + "/flags", TestHttp.basic(c1, TestTenants.PASSWORD)).statusCode())
			.isEqualTo(403);
		assertThat(browser(c1).get("/my/check-ins").body()).contains("data-session=\"" + workshop.id() + "\"")
			.contains("签到进行中：请扫描签到屏上的二维码。");
	}

	@Test
	void aLearnerRequestsACorrectionTheMentorApprovesItAndTheMonthlyLimitHolds() {
		clock.set(workshop.startsAt().plus(Duration.ofMinutes(30)));
		TestBrowser learner = browser(c1);
		String page = learner.get("/my/check-ins").body();
		assertThat(page).contains("本月还可申请补卡 3 次。").contains("class=\"mt-2 correction-form\"");
		String csrf = TestBrowser.csrf(learner.get("/my/check-ins"));
		HttpResponse<String> blank = learner.postForm("/my/check-ins/corrections", Map.of("sessionId", workshop.id().toString(),
				"reason", " "), csrf);
		assertThat(blank.body()).contains("请说明补卡理由。").contains("is-invalid");
		HttpResponse<String> sent = learner.postForm("/my/check-ins/corrections", Map.of("sessionId", workshop.id().toString(),
				"reason", "手机没电，现场已向导师报到"), csrf);
		assertThat(TestBrowser.redirectPath(sent)).isEqualTo("/my/check-ins");
		assertThat(learner.get("/my/check-ins").body()).contains("补卡申请审批中。").contains("本月还可申请补卡 2 次。");
		HttpResponse<String> again = learner.postForm("/my/check-ins/corrections", Map.of("sessionId", workshop.id().toString(),
				"reason", "再次申请"), csrf);
		assertThat(again.body()).contains("该课次已有待审批的补卡申请。");

		TestBrowser mentor = browser(supervisor);
		String decide = mentor.get("/corrections").body();
		assertThat(decide).contains("手机没电，现场已向导师报到").contains("王文员");
		UUID correction = in(() -> jdbc.sql("select id from checkin_correction where employee_id = :e").param("e", f.c1.id().value())
			.query(UUID.class).single());
		assertThat(browser(f.staff.login("mgr", Set.of(Role.MENTOR), Set.of(), f.manager)).get("/corrections").body())
			.as("the cadre's mentor is not c1's").doesNotContain("手机没电");
		HttpResponse<String> approved = mentor.postForm("/corrections/" + correction + "/approve", Map.of("note", "已核实"),
				TestBrowser.csrf(mentor.get("/corrections")));
		assertThat(TestBrowser.redirectPath(approved)).isEqualTo("/corrections");
		assertThat(in(() -> jdbc.sql("select status || '/' || source from course_attendance where occurrence_id = :o and employee_id = :e")
			.param("o", workshop.id()).param("e", f.c1.id().value()).query(String.class).single())).isEqualTo("PRESENT/CORRECTION");
		assertThat(in(() -> audit.search("checkin_correction", null, null, 0, 10)).entries())
			.extracting(AuditLog.Entry::action).containsExactlyInAnyOrder("ATTENDANCE_CORRECTION_REQUESTED", "ATTENDANCE_CORRECTION_APPROVED");
		assertThat(in(() -> jdbc.sql("select count(*) from notification_notice where template_key = 'attendance.correctionDecided'")
			.query(Integer.class).single())).isEqualTo(1);

		// the limit: one per month from now on; c2 asks for this session, then for a second one
		in(() -> {
			settings.set("attendance.correction.monthly-limit", null, "1");
			return null;
		});
		Occurrence second = in(() -> occurrences.create(f.programme, f.eastWorkshop("2026-07-10T13:00")));
		clock.set(second.startsAt().plus(Duration.ofMinutes(30)));
		TestHttp http = new TestHttp(port, json);
		String c2 = f.staff.login("c2", Set.of(Role.EMPLOYEE), Set.of(), f.c2);
		assertThat(http.post("/api/v1/me/corrections", TestHttp.basic(c2, TestTenants.PASSWORD),
				"{\"sessionId\":\"" + workshop.id() + "\",\"reason\":\"迟到未扫码\"}").statusCode()).isEqualTo(201);
		HttpResponse<String> limited = http.post("/api/v1/me/corrections", TestHttp.basic(c2, TestTenants.PASSWORD),
				"{\"sessionId\":\"" + second.id() + "\",\"reason\":\"忘记签到\"}");
		assertThat(limited.statusCode()).isEqualTo(422);
		assertThat(limited.body()).contains("sessionId").contains("本月补卡申请已达上限（1 次）");
	}

	private TestBrowser browser(String username) {
		return new TestBrowser(port).signIn(username, TestTenants.PASSWORD);
	}

	private <T> T in(Supplier<T> work) {
		return TenantScope.call(TenantScope.allRegions(f.staff.tenant.id()), work);
	}
}
