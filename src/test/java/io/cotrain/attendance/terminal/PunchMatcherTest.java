package io.cotrain.attendance.terminal;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cotrain.CoTrainTest;
import io.cotrain.MutableClock;
import io.cotrain.attendance.Terminals;
import io.cotrain.attendance.Terminals.Terminal;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.TestStaff;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TestHttp;
import io.cotrain.tenancy.TestTenants;
import io.cotrain.training.Audience;
import io.cotrain.training.Courses;
import io.cotrain.training.Occurrences;
import io.cotrain.training.Programmes;
import io.cotrain.training.group.GroupPlan;
import io.cotrain.training.group.Groups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Punches to check-ins: an offline workshop in east at the device's location, 09:00–11:00 Shanghai, with the group of
 * cadre k1 and clerks c1 (PIN 0101) and c2 (PIN 0102); k2 works in south and is on no roster.
 */
@CoTrainTest
class PunchMatcherTest {

	@LocalServerPort
	int port;
	@Autowired
	Terminals terminals;
	@Autowired
	PunchMatcher matcher;
	@Autowired
	JdbcClient jdbc;
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
	Programmes programmes;
	@Autowired
	Courses courses;
	@Autowired
	Groups groups;
	@Autowired
	Occurrences occurrences;
	@Autowired
	AuditLog audit;

	TerminalFixture f;
	EmployeeView c1;
	EmployeeView c2;
	UUID session;
	Terminal device;
	TestHttp http;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-07-10T00:30:00Z"));
		TestStaff staff = new TestStaff(provisioning, directory, organisation, registry, accounts);
		f = new TerminalFixture(staff, terminals, jdbc);
		EmployeeView k1 = staff.hire("0201", "张储干", staff.east, staff.cadre);
		c1 = staff.hire("0101", "王文员", staff.east, staff.clerk);
		c2 = staff.hire("0102", "刘文员", staff.east, staff.clerk);
		staff.hire("0211", "阮储干", staff.south, staff.cadre);
		UUID programme = staff.in(() -> programmes.create(new Programmes.ProgrammeForm("CAMP", "训练营", null, null, "协同", LocalDate.of(2026, 7, 1),
				LocalDate.of(2026, 9, 30), Set.of(staff.east.id(), staff.south.id()), null))).id();
		UUID workshop = staff.in(() -> courses.create(programme, 1, new Courses.CourseForm("WORKSHOP", "协同工作坊", null, null, Audience.JOINT,
				Courses.Mode.OFFLINE, BigDecimal.ONE, null))).key();
		UUID group = staff.in(() -> groups.save(programme, List.of(new GroupPlan(k1.id(), null,
				List.of(new GroupPlan.ClerkPlan(c1.id(), null), new GroupPlan.ClerkPlan(c2.id(), null)))))).get(0).id();
		Instant start = Instant.parse("2026-07-10T01:00:00Z");
		session = staff.in(() -> occurrences.create(programme, new Occurrences.OccurrenceForm(workshop, staff.east.id(), start,
				start.plusSeconds(7200), TerminalFixture.VENUE, null, null, List.of(group)))).id();
		device = f.zkteco(TerminalFixture.serial(), staff.east, null, null);
		http = new TestHttp(port, JsonMapper.builder().build());
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private String state(String pin) {
		return f.staff.in(() -> jdbc.sql("select state || coalesce(':' || reason, '') from terminal_punch where device_id = :d and pin = :p "
				+ "order by punched_at desc limit 1").param("d", device.id()).param("p", pin).query(String.class).single());
	}

	private UUID punchId(String pin) {
		return f.staff.in(() -> jdbc.sql("select id from terminal_punch where device_id = :d and pin = :p").param("d", device.id())
			.param("p", pin).query(UUID.class).single());
	}

	@Test
	void punchesBecomeCheckInsOrStayListedAsUnmatched() {
		ZkSimulator zk = new ZkSimulator("http://localhost:" + port, device.serialNo(), null);
		assertThat(zk.attlog("1", "0101\t2026-07-10 09:02:00\t0\t15\r\n101\t2026-07-10 09:03:00\t0\t15\r\n"
				+ "0211\t2026-07-10 09:04:00\t0\t15\r\n0102\t2026-07-10 07:00:00\t0\t15\r\n").body()).isEqualTo("OK:4");
		assertThat(zk.attlog("2", "0101\t2026-07-10 09:06:00\t0\t15\r\n").body()).isEqualTo("OK:1");

		assertThat(matcher.runOnce()).as("these five and what other tests left").isGreaterThanOrEqualTo(5);
		assertThat(matcher.runOnce()).as("nothing left to match").isZero();

		assertThat(f.staff.in(() -> jdbc.sql("select state from terminal_punch where device_id = :d and pin = '0101' order by punched_at")
			.param("d", device.id()).query(String.class).list())).containsExactly("CHECKED_IN", "ALREADY");
		assertThat(state("101")).as("leading zeros are significant").isEqualTo("UNMATCHED_EMPLOYEE");
		assertThat(state("0211")).isEqualTo("UNMATCHED_SESSION");
		assertThat(state("0102")).as("before the window opens").isEqualTo("UNMATCHED_SESSION");
		Map<String, Object> checkIn = f.staff.in(() -> jdbc.sql("select method, status, device_id, punch_id from checkin where occurrence_id = :o")
			.param("o", session).query().singleRow());
		assertThat(checkIn).containsEntry("method", "TERMINAL").containsEntry("status", "PRESENT").containsEntry("device_id", device.id())
			.containsEntry("punch_id", f.staff.in(() -> jdbc.sql("select id from terminal_punch where pin = '0101' and state = 'CHECKED_IN'")
				.query(UUID.class).single()));

		HttpResponse<String> unmatched = http.get("/api/v1/devices/punches?state=unmatched", TestHttp.basic(f.staff.hr(), TestTenants.PASSWORD));
		assertThat(unmatched.statusCode()).isEqualTo(200);
		assertThat(http.json(unmatched).size()).isEqualTo(3);
	}

	@Test
	void theDeviceGetsTheRosterOfComingFaceSessionsUntilItConfirmsThenOnlyWhatItNeverHad() {
		f.staff.hire("0301", "赵文员", f.staff.east, f.staff.clerk);
		ZkSimulator zk = new ZkSimulator("http://localhost:" + port, device.serialNo(), null);

		String first = zk.getrequest().body();
		String resent = zk.getrequest().body();
		List<String> confirmed = zk.pollAndConfirm();
		String afterConfirm = zk.getrequest().body();

		assertThat(first.lines().map(l -> l.replaceFirst("^C:\\d+:", ""))).as("the roster by PIN: not 0211 (south), not 0301 (no session)")
			.containsExactly("DATA UPDATE USERINFO PIN=0101\tName=王文员", "DATA UPDATE USERINFO PIN=0102\tName=刘文员",
					"DATA UPDATE USERINFO PIN=0201\tName=张储干");
		assertThat(resent).as("sent again until confirmed").isEqualTo(first);
		assertThat(confirmed).hasSize(3);
		assertThat(afterConfirm).isEqualTo("OK");

		f.staff.in(() -> jdbc.sql("update employee set name = '王文员二' where id = :e").param("e", c1.id().value()).update());
		assertThat(zk.getrequest().body()).as("the next roster sync is not due yet").isEqualTo("OK");
		f.staff.in(() -> jdbc.sql("update terminal_device set roster_synced_at = roster_synced_at - interval '61 minutes' where id = :d")
			.param("d", device.id()).update());
		assertThat(zk.getrequest().body()).as("due: only the line the device never had").matches("C:\\d+:DATA UPDATE USERINFO PIN=0101\tName=王文员二\n");
		zk.pollAndConfirm();

		assertThat(f.staff.in(() -> terminals.pushEmployees(device.id()))).as("HR's push queues the whole roster again").isEqualTo(3);
		clock.set(Instant.parse("2026-07-10T01:16:00Z"));
		assertThat(f.staff.in(() -> terminals.pushEmployees(device.id()))).as("the window has closed: no roster").isZero();
	}

	@Test
	void hrAssignsOrDismissesUnmatchedPunchesAndItIsAudited() {
		ZkSimulator zk = new ZkSimulator("http://localhost:" + port, device.serialNo(), null);
		zk.attlog("1", "0102\t2026-07-10 07:00:00\t0\t15\r\n999\t2026-07-10 09:03:00\t0\t15\r\n");
		matcher.runOnce();
		String hr = TestHttp.basic(f.staff.hr(), TestTenants.PASSWORD);

		HttpResponse<String> assigned = http.post("/api/v1/devices/punches/" + punchId("0102") + "/assign", hr,
				"{\"sessionId\":\"" + session + "\",\"note\":\"终端时钟错误\"}");
		HttpResponse<String> noNote = http.post("/api/v1/devices/punches/" + punchId("999") + "/dismiss", hr, "{}");
		HttpResponse<String> dismissed = http.post("/api/v1/devices/punches/" + punchId("999") + "/dismiss", hr, "{\"note\":\"访客\"}");
		HttpResponse<String> twice = http.post("/api/v1/devices/punches/" + punchId("999") + "/dismiss", hr, "{\"note\":\"访客\"}");

		assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
		assertThat(state("0102")).isEqualTo("ASSIGNED");
		assertThat(f.staff.in(() -> jdbc.sql("select method from checkin where occurrence_id = :o and employee_id = :e").param("o", session)
			.param("e", c2.id().value()).query(String.class).single())).isEqualTo("CORRECTION");
		assertThat(noNote.statusCode()).isEqualTo(422);
		assertThat(dismissed.statusCode()).isEqualTo(200);
		assertThat(state("999")).isEqualTo("DISMISSED");
		assertThat(twice.statusCode()).isEqualTo(422);
		assertThat(f.staff.in(() -> audit.search("terminal_punch", null, null, 0, 10)).entries()).extracting(AuditLog.Entry::action)
			.containsExactlyInAnyOrder("TERMINAL_PUNCH_ASSIGNED", "TERMINAL_PUNCH_DISMISSED");
	}

	@Test
	void anotherTenantSeesNoDeviceOrPunchAndCannotTakeTheSerial() {
		new ZkSimulator("http://localhost:" + port, device.serialNo(), null).attlog("1", "999\t2026-07-10 09:03:00\t0\t15\r\n");
		matcher.runOnce();
		String acme = TestHttp.basic("hr@acme", "cotrain-demo");

		HttpResponse<String> get = http.get("/api/v1/devices/" + device.id(), acme);
		HttpResponse<String> punches = http.get("/api/v1/devices/punches?state=all", acme);
		HttpResponse<String> dismiss = http.post("/api/v1/devices/punches/" + punchId("999") + "/dismiss", acme, "{\"note\":\"x\"}");
		HttpResponse<String> taken = http.post("/api/v1/devices", acme, "{\"vendor\":\"ZKTECO\",\"serialNo\":\"" + device.serialNo()
				+ "\",\"name\":\"copy\",\"regionId\":\"" + acmeRegion() + "\"}");

		assertThat(get.statusCode()).isEqualTo(404);
		assertThat(punches.body()).doesNotContain(device.serialNo(), device.id().toString());
		assertThat(dismiss.statusCode()).isEqualTo(404);
		assertThat(state("999")).isEqualTo("UNMATCHED_EMPLOYEE");
		assertThat(taken.statusCode()).isEqualTo(422);
		assertThat(taken.body()).contains("serialNo", "attendance.device.serialTaken").doesNotContain(f.staff.tenant.code());
	}

	private String acmeRegion() {
		return http.json(http.get("/api/v1/regions", TestHttp.basic("hr@acme", "cotrain-demo"))).get(0).get("id").asString();
	}
}
