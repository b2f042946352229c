package io.cotrain.attendance.qr;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.TestStaff;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.Role;
import io.cotrain.training.Audience;
import io.cotrain.training.Courses;
import io.cotrain.training.Occurrences;
import io.cotrain.training.Occurrences.OccurrenceForm;
import io.cotrain.training.Programmes;
import io.cotrain.training.group.GroupPlan;
import io.cotrain.training.group.GroupPlan.ClerkPlan;
import io.cotrain.training.group.GroupView;
import io.cotrain.training.group.Groups;

/**
 * A company for QR check-in tests: a programme 2026-07-01..09-30 with a JOINT OFFLINE workshop, a group in east (cadre
 * {@code k1}, mentor {@code manager}; clerks {@code c1}, {@code c2}, mentor {@code supervisor}) and one in south (cadre
 * {@code k2}, clerk {@code c3}, mentor {@code southSupervisor}), and the east session {@link #session} on 2026-07-08
 * 09:00–11:00 Asia/Shanghai inviting the east group (default window: opens 08:45, late after 09:05, closes 09:15). Every
 * person has a login named after the field, password {@code TestTenants.PASSWORD}.
 */
public final class QrFixture {

	/** The session's start. */
	public static final Instant START = LocalDateTime.parse("2026-07-08T09:00").atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();

	public final TestStaff staff;
	public final EmployeeView manager;
	public final EmployeeView supervisor;
	public final EmployeeView southSupervisor;
	public final EmployeeView k1;
	public final EmployeeView c1;
	public final EmployeeView c2;
	public final EmployeeView k2;
	public final EmployeeView c3;
	public final UUID programme;
	public final UUID workshop;
	public final GroupView east;
	public final GroupView south;
	public final UUID session;

	public QrFixture(TestStaff staff, Programmes programmes, Courses courses, Groups groups, Occurrences occurrences) {
		this.staff = staff;
		LocalDate hired = LocalDate.of(2024, 1, 15);
		manager = staff.hire("400", "赵经理", staff.east, staff.manager);
		supervisor = staff.hire("300", "李主管", staff.east, staff.supervisor, manager, hired);
		EmployeeView southManager = staff.hire("410", "南经理", staff.south, staff.manager);
		southSupervisor = staff.hire("310", "南主管", staff.south, staff.supervisor, southManager, hired);
		k1 = staff.hire("201", "张储干", staff.east, staff.cadre, manager, hired);
		c1 = staff.hire("101", "王文员", staff.east, staff.clerk, supervisor, hired);
		c2 = staff.hire("102", "刘文员", staff.east, staff.clerk, supervisor, hired);
		k2 = staff.hire("211", "阮储干", staff.south, staff.cadre, southManager, hired);
		c3 = staff.hire("111", "黎文员", staff.south, staff.clerk, southSupervisor, hired);
		programme = staff.in(() -> programmes.create(new Programmes.ProgrammeForm("CAMP", "订单流程协同训练营", null, null, "协同目标",
				LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), Set.of(staff.east.id(), staff.south.id()), null))).id();
		workshop = staff.in(() -> courses.create(programme, 1, new Courses.CourseForm("WORKSHOP", "协同工作坊", null, null, Audience.JOINT,
				Courses.Mode.OFFLINE, BigDecimal.ONE, null))).key();
		List<GroupView> saved = staff.in(() -> groups.save(programme, List.of(
				new GroupPlan(k1.id(), manager.id(), List.of(new ClerkPlan(c1.id(), supervisor.id()), new ClerkPlan(c2.id(), supervisor.id()))),
				new GroupPlan(k2.id(), southManager.id(), List.of(new ClerkPlan(c3.id(), southSupervisor.id()))))));
		east = saved.stream().filter(g -> g.hasMember(k1.id())).findFirst().orElseThrow();
		south = saved.stream().filter(g -> g.hasMember(k2.id())).findFirst().orElseThrow();
		session = staff.in(() -> occurrences.create(programme, new OccurrenceForm(workshop, staff.east.id(), START, START.plusSeconds(7200),
				"上海总部 3F 培训室", null, null, List.of(east.id())))).id();
	}

	/** A learner's login (role EMPLOYEE) linked to the employee. */
	public String learner(String name, EmployeeView employee) {
		return staff.login(name, Set.of(Role.EMPLOYEE), Set.of(), employee);
	}

	public String login(String name, Role role, EmployeeView employee, RegionInfo... regions) {
		return staff.login(name, Set.of(role), Set.of(regions), employee);
	}
}
