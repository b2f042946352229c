package io.cotrain.training;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cotrain.CoTrainTest;
import io.cotrain.MutableClock;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.TestStaff;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TestBrowser;
import io.cotrain.tenancy.TestTenants;
import io.cotrain.training.Occurrences.Occurrence;
import io.cotrain.training.group.Groups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The occurrence pages: HR plans a session (field errors first), a mentor finds it and records their mentees' attendance. */
@CoTrainTest
class OccurrencePagesTest {

	@LocalServerPort
	int port;
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

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void hrPlansASessionAndTheMentorRecordsAttendance() {
		clock.set(Instant.parse("2026-07-06T00:00:00Z"));
		OccurrenceFixture f = new OccurrenceFixture(new TestStaff(provisioning, directory, organisation, registry, accounts), programmes,
				courses, groups);
		TestBrowser hr = new TestBrowser(port).signIn(f.staff.hr(), TestTenants.PASSWORD);
		String path = "/programmes/" + f.programme + "/occurrences";
		assertThat(hr.get("/programmes/" + f.programme).body()).contains(path);
		HttpResponse<String> page = hr.get(path);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("协同直播课", "协同工作坊", "还没有排期的课次", "张储干").doesNotContain("订单录入规范");

		HttpResponse<String> invalid = hr.postForm(path, Map.of("courseKey", f.offline.toString(), "regionId",
				f.staff.east.id().toString(), "startsAt", "2026-07-10T09:00", "endsAt", "2026-07-10T08:00", "venue", ""),
				TestBrowser.csrf(page));
		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(invalid.body()).contains("结束时间必须晚于开始时间", "线下课请填写地点", "请至少邀请一个小组");

		HttpResponse<String> created = hr.postForm(path, Map.of("courseKey", f.offline.toString(), "regionId",
				f.staff.east.id().toString(), "startsAt", "2026-07-10T09:00", "endsAt", "2026-07-10T11:00", "venue", "上海总部 3F 培训室",
				"groupIds", f.east.id().toString()), TestBrowser.csrf(page));
		assertThat(TestBrowser.redirectPath(created)).isEqualTo(path);
		Occurrence planned = f.staff.in(() -> occurrences.list(f.programme)).get(0);
		assertThat(planned.startsAt()).as("entered in Shanghai time").isEqualTo(Instant.parse("2026-07-10T01:00:00Z"));
		page = hr.get(path);
		assertThat(page.body()).contains("课次已创建", "2026-07-10 09:00–11:00", "上海总部 3F 培训室", "第 1 组");
		assertThat(hr.get(path + "?edit=" + planned.id()).body()).contains("value=\"2026-07-10T09:00\"", "修改课次");

		// the clerks' supervisor finds the session in the training menu and records their attendance once it has started
		TestBrowser mentor = new TestBrowser(port).signIn(f.staff.login("mentor.li", Set.of(Role.MENTOR), Set.of(), f.supervisor),
				TestTenants.PASSWORD);
		HttpResponse<String> sessions = mentor.get("/mentoring/sessions");
		assertThat(sessions.statusCode()).isEqualTo(200);
		assertThat(sessions.body()).contains("协同工作坊", "订单流程协同训练营", "0 / 2", "href=\"/mentoring/sessions\"");
		String attendance = path + "/" + planned.id() + "/attendance";
		HttpResponse<String> roster = mentor.get(attendance);
		assertThat(roster.body()).contains("王文员", "刘文员", "课次尚未开始").doesNotContain("张储干");
		clock.set(Instant.parse("2026-07-10T01:20:00Z"));
		roster = mentor.get(attendance);
		HttpResponse<String> saved = mentor.postForm(attendance, Map.of("marks[0].employeeId", f.c1.id().toString(), "marks[0].status",
				"PRESENT", "marks[1].employeeId", f.c2.id().toString(), "marks[1].status", "LATE", "marks[1].note", "堵车"),
				TestBrowser.csrf(roster));
		assertThat(TestBrowser.redirectPath(saved)).isEqualTo(attendance);
		assertThat(mentor.get(attendance).body()).contains("出勤已保存", "堵车", "mentor.li");
		assertThat(f.staff.in(() -> occurrences.roster(f.programme, planned.id()))).extracting(Occurrences.RosterEntry::status)
			.containsExactly(null, Occurrences.Attendance.PRESENT, Occurrences.Attendance.LATE);
		assertThat(mentor.get("/mentoring/sessions").body()).contains("2 / 2");
		// a mark for someone else's mentee is refused with the reason
		HttpResponse<String> refused = mentor.postForm(attendance, Map.of("marks[0].employeeId", f.k1.id().toString(), "marks[0].status",
				"ABSENT"), TestBrowser.csrf(roster));
		assertThat(mentor.get(TestBrowser.redirectPath(refused)).body()).contains("你不是 张储干 的导师");

		// HR cancels it; the list keeps it
		hr.postForm(path + "/" + planned.id() + "/cancel", Map.of(), TestBrowser.csrf(page));
		assertThat(hr.get(path).body()).contains("课次已取消（记录保留）", "已取消");
		assertThat(mentor.get(path).statusCode()).isEqualTo(403);
		assertThat(List.of(f.staff.in(() -> occurrences.get(f.programme, planned.id())).status())).containsExactly(Occurrences.Status.CANCELLED);
	}
}
