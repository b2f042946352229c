package io.cotrain.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.cotrain.CoTrainTest;
import io.cotrain.MutableClock;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.TestStaff;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantInfo;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.training.Audience;
import io.cotrain.training.Courses;
import io.cotrain.training.Occurrences;
import io.cotrain.training.Occurrences.Attendance;
import io.cotrain.training.Occurrences.Occurrence;
import io.cotrain.training.Occurrences.RosterEntry;
import io.cotrain.training.Programmes;
import io.cotrain.training.group.GroupPlan;
import io.cotrain.training.group.GroupView;
import io.cotrain.training.group.Groups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's sessions, seeded in a test tenant with a programme of the demo's code: nothing without joint sessions or
 * groups; then one session per course and region, past ones with attendance, upcoming ones without; run again, nothing new.
 */
@CoTrainTest
class OccurrenceDemoTest {

	@Autowired
	OccurrenceDemo demo;
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

	private void seed(TestStaff staff) {
		staff.in(() -> {
			demo.seed();
			return null;
		});
	}

	@Test
	void seedsPastAndUpcomingSessionsWithAttendanceOnce() {
		clock.set(Instant.parse("2026-07-20T00:00:00Z"));
		TestStaff staff = new TestStaff(provisioning, directory, organisation, registry, accounts);
		LocalDate hired = LocalDate.of(2024, 1, 15);
		EmployeeView manager = staff.hire("400", "经理", staff.east, staff.manager);
		EmployeeView supervisor = staff.hire("300", "主管", staff.east, staff.supervisor, manager, hired);
		EmployeeView cadre = staff.hire("201", "储干", staff.east, staff.cadre, manager, hired);
		EmployeeView c1 = staff.hire("101", "文员一", staff.east, staff.clerk, supervisor, hired);
		EmployeeView c2 = staff.hire("102", "文员二", staff.east, staff.clerk, supervisor, hired);
		var programme = staff.in(() -> programmes.create(new Programmes.ProgrammeForm(TrainingDemo.PROGRAMME, "订单流程协同训练营", null,
				null, "协同目标", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 31), Set.of(staff.east.id()), null))).id();
		staff.in(() -> courses.create(programme, 1, new Courses.CourseForm("ENTRY", "订单录入", null, null, Audience.CLERK,
				Courses.Mode.ONLINE, BigDecimal.ONE, null)));

		seed(staff);
		assertThat(staff.in(() -> occurrences.list(programme))).as("no joint sessions, no groups").isEmpty();

		staff.in(() -> courses.create(programme, 1, new Courses.CourseForm("WORKSHOP", "协同工作坊", null, null, Audience.JOINT,
				Courses.Mode.OFFLINE, BigDecimal.ONE, null)));
		staff.in(() -> courses.create(programme, 1, new Courses.CourseForm("LIVE", "协同直播", null, null, Audience.JOINT,
				Courses.Mode.LIVE, BigDecimal.ONE, null)));
		seed(staff);
		assertThat(staff.in(() -> occurrences.list(programme))).as("no groups yet").isEmpty();

		staff.in(() -> groups.save(programme, List.of(new GroupPlan(cadre.id(), manager.id(), List.of(
				new GroupPlan.ClerkPlan(c1.id(), supervisor.id()), new GroupPlan.ClerkPlan(c2.id(), supervisor.id()))))));
		seed(staff);
		seed(staff);

		List<Occurrence> planned = staff.in(() -> occurrences.list(programme));
		assertThat(planned).hasSize(2);
		Occurrence past = planned.get(0);
		Occurrence upcoming = planned.get(1);
		assertThat(past.startsAt()).isBefore(clock.instant());
		assertThat(upcoming.startsAt()).isAfter(clock.instant());
		assertThat(planned).allSatisfy(o -> assertThat(o.mode() == Courses.Mode.OFFLINE ? o.venue() : o.onlineUrl()).isNotBlank());
		assertThat(planned).filteredOn(o -> o.mode() == Courses.Mode.LIVE).allSatisfy(o -> assertThat(o.onlineUrl()).startsWith("https://"));
		assertThat(staff.in(() -> occurrences.roster(programme, past.id()))).extracting(RosterEntry::status)
			.containsExactly(Attendance.PRESENT, Attendance.LATE, Attendance.ABSENT);
		assertThat(staff.in(() -> occurrences.roster(programme, upcoming.id()))).extracting(RosterEntry::status).containsOnlyNulls();
	}

	@Test
	void theDemoProgrammeGetsItsKickOffHeldAndItsLiveReviewAhead() {
		TenantInfo tenant = provisioning.findByCode("demo").orElseThrow();
		TenantScope scope = TenantScope.allRegions(tenant.id());
		TenantScope.run(scope, demo::seed);
		TenantScope.run(scope, demo::seed);

		TenantScope.run(scope, () -> {
			Programmes.Programme programme = programmes.list().stream().filter(p -> p.code().equals(TrainingDemo.PROGRAMME)).findFirst()
				.orElseThrow();
			// the sittings of issue 6's check-in demo carry a note
			List<Occurrence> planned = occurrences.list(programme.id()).stream().filter(o -> o.note() == null).toList();
			assertThat(planned).as("two joint sessions in two regions").hasSize(4);
			assertThat(planned).filteredOn(o -> o.courseCode().equals("JOINT-KICKOFF")).hasSize(2)
				.allSatisfy(o -> assertThat(o.startsAt()).isBefore(clock.instant()))
				.anySatisfy(o -> assertThat(o.venue()).isEqualTo("上海总部 3F 培训室"));
			assertThat(planned).filteredOn(o -> o.courseCode().equals("JOINT-REVIEW")).hasSize(2)
				.allSatisfy(o -> assertThat(o.startsAt()).isAfter(clock.instant()))
				.allSatisfy(o -> assertThat(o.onlineUrl()).startsWith("https://"));
			GroupView zhang = groups.list(programme.id()).stream().filter(g -> "00201".equals(g.cadre().employeeNo())).findFirst()
				.orElseThrow();
			Occurrence kickoff = planned.stream().filter(o -> o.courseCode().equals("JOINT-KICKOFF") && o.groupIds().contains(zhang.id()))
				.findFirst().orElseThrow();
			List<RosterEntry> roster = occurrences.roster(programme.id(), kickoff.id());
			assertThat(roster).extracting(RosterEntry::status).doesNotContainNull()
				.containsOnlyOnce(Attendance.LATE, Attendance.ABSENT);
			assertThat(occurrences.forMentor(zhang.cadreMentor().id())).isNotEmpty();
		});
	}
}
