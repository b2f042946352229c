package io.cotrain.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.TestStaff;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.training.Occurrences.OccurrenceForm;
import io.cotrain.training.group.GroupPlan;
import io.cotrain.training.group.GroupPlan.ClerkPlan;
import io.cotrain.training.group.GroupView;
import io.cotrain.training.group.Groups;

/**
 * A programme for occurrence tests, 2026-07-01 to 2026-09-30 in regions east (Asia/Shanghai) and south
 * (Asia/Ho_Chi_Minh), with a JOINT LIVE, a JOINT OFFLINE and a CLERK ONLINE course, and two groups: in east cadre
 * {@code k1} (mentor: manager {@code manager}) with clerks {@code c1}, {@code c2} (mentor: supervisor {@code supervisor});
 * in south cadre {@code k2} with clerk {@code c3} (mentors {@code southManager}, {@code southSupervisor}).
 */
public final class OccurrenceFixture {

	public static final LocalDate START = LocalDate.of(2026, 7, 1);
	public static final LocalDate END = LocalDate.of(2026, 9, 30);

	public final TestStaff staff;
	public final EmployeeView manager;
	public final EmployeeView supervisor;
	public final EmployeeView southManager;
	public final EmployeeView southSupervisor;
	public final EmployeeView k1;
	public final EmployeeView c1;
	public final EmployeeView c2;
	public final EmployeeView k2;
	public final EmployeeView c3;
	public final UUID programme;
	public final UUID live;
	public final UUID offline;
	public final UUID online;
	public final GroupView east;
	public final GroupView south;

	public OccurrenceFixture(TestStaff staff, Programmes programmes, Courses courses, Groups groups) {
		this.staff = staff;
		LocalDate hired = LocalDate.of(2024, 1, 15);
		manager = staff.hire("400", "赵经理", staff.east, staff.manager);
		supervisor = staff.hire("300", "李主管", staff.east, staff.supervisor, manager, hired);
		southManager = staff.hire("410", "南经理", staff.south, staff.manager);
		southSupervisor = staff.hire("310", "南主管", staff.south, staff.supervisor, southManager, hired);
		k1 = staff.hire("201", "张储干", staff.east, staff.cadre, manager, hired);
		c1 = staff.hire("101", "王文员", staff.east, staff.clerk, supervisor, hired);
		c2 = staff.hire("102", "刘文员", staff.east, staff.clerk, supervisor, hired);
		k2 = staff.hire("211", "阮储干", staff.south, staff.cadre, southManager, hired);
		c3 = staff.hire("111", "黎文员", staff.south, staff.clerk, southSupervisor, hired);
		programme = staff.in(() -> programmes.create(new Programmes.ProgrammeForm("CAMP", "订单流程协同训练营", null, null, "协同目标",
				START, END, Set.of(staff.east.id(), staff.south.id()), null))).id();
		live = course(courses, "LIVE", "协同直播课", Audience.JOINT, Courses.Mode.LIVE);
		offline = course(courses, "WORKSHOP", "协同工作坊", Audience.JOINT, Courses.Mode.OFFLINE);
		online = course(courses, "ENTRY", "订单录入规范", Audience.CLERK, Courses.Mode.ONLINE);
		List<GroupView> saved = staff.in(() -> groups.save(programme, List.of(
				new GroupPlan(k1.id(), manager.id(), List.of(new ClerkPlan(c1.id(), supervisor.id()), new ClerkPlan(c2.id(), supervisor.id()))),
				new GroupPlan(k2.id(), southManager.id(), List.of(new ClerkPlan(c3.id(), southSupervisor.id()))))));
		east = saved.stream().filter(g -> g.hasMember(k1.id())).findFirst().orElseThrow();
		south = saved.stream().filter(g -> g.hasMember(k2.id())).findFirst().orElseThrow();
	}

	private UUID course(Courses courses, String code, String title, Audience audience, Courses.Mode mode) {
		return staff.in(() -> courses.create(programme, 1, new Courses.CourseForm(code, title, null, null, audience, mode, BigDecimal.ONE,
				null))).key();
	}

	/** The instant of a local date-time in the region's zone. */
	public static Instant at(RegionInfo region, String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(ZoneId.of(region.timeZone().getId())).toInstant();
	}

	/** An OFFLINE workshop in east from {@code start} (local) for two hours, inviting the east group. */
	public OccurrenceForm eastWorkshop(String start) {
		Instant from = at(staff.east, start);
		return new OccurrenceForm(offline, staff.east.id(), from, from.plusSeconds(7200), "上海总部 3F 培训室", null, null,
				List.of(east.id()));
	}

	/** A LIVE session in south from {@code start} (local) for one hour, inviting the south group. */
	public OccurrenceForm southLive(String start) {
		Instant from = at(staff.south, start);
		return new OccurrenceForm(live, staff.south.id(), from, from.plusSeconds(3600), null, "https://meeting.example.com/j/1", null,
				List.of(south.id()));
	}
}
