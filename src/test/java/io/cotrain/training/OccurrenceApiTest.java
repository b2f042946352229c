package io.cotrain.training;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.cotrain.CoTrainTest;
import io.cotrain.MutableClock;
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
import io.cotrain.training.Occurrences.Occurrence;
import io.cotrain.training.group.Groups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Occurrences over the API by role: HR plans, a region admin sees and plans in its regions only, a mentor reads the
 * sessions of its mentees and records only their attendance, an auditor reads, a learner gets 403.
 */
@CoTrainTest
class OccurrenceApiTest {

	@LocalServerPort
	int port;
	@Autowired
	JsonMapper json;
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

	OccurrenceFixture f;
	TestHttp http;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-07-06T00:00:00Z"));
		f = new OccurrenceFixture(new TestStaff(provisioning, directory, organisation, registry, accounts), programmes, courses, groups);
		http = new TestHttp(port, json);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private String login(String name, Role role, EmployeeView employee, io.cotrain.tenancy.RegionInfo... regions) {
		return TestHttp.basic(f.staff.login(name, Set.of(role), Set.of(regions), employee), TestTenants.PASSWORD);
	}

	private String base() {
		return "/api/v1/programmes/" + f.programme + "/occurrences";
	}

	private static List<String> ids(JsonNode list) {
		List<String> ids = new ArrayList<>();
		list.forEach(o -> ids.add(o.get("id").asString()));
		return ids;
	}

	@Test
	void eachRoleSeesAndDoesWhatItMay() {
		String hr = TestHttp.basic(f.staff.hr(), TestTenants.PASSWORD);
		HttpResponse<String> created = http.post(base(), hr, """
				{"courseKey":"%s","regionId":"%s","startsAt":"2026-07-10T09:00:00+08:00","endsAt":"2026-07-10T11:00:00+08:00",
				 "venue":"上海总部 3F 培训室","groupIds":["%s"]}""".formatted(f.offline, f.staff.east.id(), f.east.id()));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String east = http.json(created).get("id").asString();
		Occurrence south = f.staff.in(() -> occurrences.create(f.programme, f.southLive("2026-07-10T09:00")));
		HttpResponse<String> invalid = http.post(base(), hr, """
				{"courseKey":"%s","regionId":"%s","startsAt":"2026-07-10T09:00:00+08:00","endsAt":"2026-07-10T08:00:00+08:00",
				 "groupIds":["%s"]}""".formatted(f.live, f.staff.east.id(), f.east.id()));
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(invalid.body()).contains("onlineUrl", "training.occurrence.linkRequired", "endsAt");

		// a region admin of east: east's occurrence only, and plans nothing in south
		String regionAdmin = login("east.admin", Role.REGION_ADMIN, null, f.staff.east);
		assertThat(ids(http.json(http.get(base(), regionAdmin)))).containsExactly(east);
		assertThat(http.get(base() + "/" + south.id(), regionAdmin).statusCode()).isEqualTo(404);
		HttpResponse<String> inSouth = http.post(base(), regionAdmin, """
				{"courseKey":"%s","regionId":"%s","startsAt":"2026-07-10T09:00:00+07:00","endsAt":"2026-07-10T10:00:00+07:00",
				 "onlineUrl":"https://meeting.example.com/j/2","groupIds":["%s"]}""".formatted(f.live, f.staff.south.id(), f.south.id()));
		assertThat(inSouth.statusCode()).isEqualTo(422);
		assertThat(inSouth.body()).contains("training.occurrence.unknownRegion");

		// the clerks' supervisor: the east session, its clerks only, and only once it has started
		String supervisor = login("mentor.li", Role.MENTOR, f.supervisor);
		assertThat(ids(http.json(http.get(base(), supervisor)))).containsExactly(east);
		assertThat(http.get(base() + "/" + south.id(), supervisor).statusCode()).isEqualTo(404);
		JsonNode roster = http.json(http.get(base() + "/" + east + "/attendance", supervisor));
		List<String> names = new ArrayList<>();
		roster.forEach(e -> names.add(e.get("name").asString()));
		assertThat(names).containsExactly("王文员", "刘文员");
		String mark = "{\"marks\":[{\"employeeId\":\"%s\",\"status\":\"%s\"}]}";
		HttpResponse<String> early = http.send("PUT", base() + "/" + east + "/attendance", supervisor, mark.formatted(f.c1.id(), "PRESENT"));
		assertThat(early.statusCode()).isEqualTo(422);
		assertThat(early.body()).contains("training.attendance.notStarted");
		clock.set(Instant.parse("2026-07-10T01:10:00Z"));
		HttpResponse<String> recorded = http.send("PUT", base() + "/" + east + "/attendance", supervisor, mark.formatted(f.c1.id(), "PRESENT"));
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
		assertThat(recorded.body()).contains("PRESENT");
		// … but not the cadre, whose mentor is the manager
		HttpResponse<String> notMine = http.send("PUT", base() + "/" + east + "/attendance", supervisor, mark.formatted(f.k1.id(), "PRESENT"));
		assertThat(notMine.statusCode()).isEqualTo(422);
		assertThat(notMine.body()).contains("marks[0].employeeId", "training.attendance.notAllowed");
		String manager = login("manager.zhao", Role.MENTOR, f.manager);
		assertThat(http.send("PUT", base() + "/" + east + "/attendance", manager, mark.formatted(f.k1.id(), "LATE")).statusCode())
			.isEqualTo(200);
		// another region's mentor does not see the session at all
		String southSupervisor = login("mentor.nam", Role.MENTOR, f.southSupervisor);
		assertThat(http.send("PUT", base() + "/" + east + "/attendance", southSupervisor, mark.formatted(f.c1.id(), "ABSENT")).statusCode())
			.isEqualTo(404);
		assertThat(f.staff.in(() -> occurrences.attended(f.programme, f.offline, f.c1.id()))).isTrue();
		assertThat(f.staff.in(() -> occurrences.attended(f.programme, f.offline, f.k1.id()))).isTrue();

		// an auditor reads, and records nothing; a learner gets nothing
		String auditor = login("auditor", Role.AUDITOR, null);
		assertThat(ids(http.json(http.get(base(), auditor)))).containsExactlyInAnyOrder(east, south.id().toString());
		assertThat(http.send("PUT", base() + "/" + east + "/attendance", auditor, mark.formatted(f.c1.id(), "ABSENT")).statusCode())
			.isEqualTo(403);
		String learner = login("clerk", Role.EMPLOYEE, f.c1);
		assertThat(http.get(base(), learner).statusCode()).isEqualTo(403);
		assertThat(http.delete(base() + "/" + east, supervisor).statusCode()).isEqualTo(403);

		// HR cancels: the session stays, cancelled
		HttpResponse<String> cancelled = http.delete(base() + "/" + east, hr);
		assertThat(cancelled.statusCode()).isEqualTo(200);
		assertThat(http.json(http.get(base() + "/" + east, hr)).get("status").asString()).isEqualTo("CANCELLED");
	}
}
