package io.cotrain.training;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.cotrain.CoTrainTest;
import io.cotrain.MutableClock;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.TestStaff;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.training.Occurrences.Attendance;
import io.cotrain.training.Occurrences.Mark;
import io.cotrain.training.Occurrences.MemberRole;
import io.cotrain.training.Occurrences.Occurrence;
import io.cotrain.training.Occurrences.OccurrenceForm;
import io.cotrain.training.Occurrences.RosterEntry;
import io.cotrain.training.group.Groups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Occurrences of joint sessions on the database: planning rules, the roster, attendance, its events and audit. */
@CoTrainTest
@RecordApplicationEvents
class OccurrencesTest {

	@Autowired
	Occurrences occurrences;
	@Autowired
	Programmes programmes;
	@Autowired
	Courses courses;
	@Autowired
	Groups groups;
	@Autowired
	AuditLog audit;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MutableClock clock;
	@Autowired
	ApplicationEvents events;
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

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-07-06T00:00:00Z"));
		f = new OccurrenceFixture(new TestStaff(provisioning, directory, organisation, registry, accounts), programmes, courses, groups);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private <T> T hr(Supplier<T> work) {
		return f.staff.in(work);
	}

	private List<String> refusal(OccurrenceForm form) {
		try {
			hr(() -> occurrences.create(f.programme, form));
		}
		catch (RuleViolationException e) {
			return e.violations().stream().map(v -> v.field() + " " + v.code()).toList();
		}
		throw new AssertionError("accepted: " + form);
	}

	private static OccurrenceForm with(OccurrenceForm form, UUID course, String venue, String url) {
		return new OccurrenceForm(course, form.regionId(), form.startsAt(), form.endsAt(), venue, url, form.note(), form.groupIds());
	}

	@Test
	void plansAJointSessionAndRefusesEveryBrokenRule() {
		Occurrence workshop = hr(() -> occurrences.create(f.programme, f.eastWorkshop("2026-07-10T09:00")));

		assertThat(workshop.courseTitleZh()).isEqualTo("协同工作坊");
		assertThat(workshop.mode()).isEqualTo(Courses.Mode.OFFLINE);
		assertThat(workshop.startsAt()).isEqualTo(Instant.parse("2026-07-10T01:00:00Z"));
		assertThat(workshop.groupIds()).containsExactly(f.east.id());
		assertThat(workshop.status()).isEqualTo(Occurrences.Status.SCHEDULED);
		assertThat(hr(() -> occurrences.sessionCourses(f.programme))).extracting(Courses.Course::key)
			.containsExactlyInAnyOrder(f.live, f.offline);
		assertThat(hr(() -> audit.search("course_occurrence", "TRAINING_OCCURRENCE_CREATED", null, 0, 10)).entries())
			.singleElement().satisfies(e -> assertThat(e.details()).contains(f.offline.toString(), "上海总部 3F 培训室"));

		OccurrenceForm ok = f.eastWorkshop("2026-07-10T09:00");
		OccurrenceForm live = f.southLive("2026-07-10T09:00");
		assertThat(refusal(with(ok, null, "x", null))).containsExactly("courseKey training.occurrence.courseRequired");
		assertThat(refusal(with(ok, f.online, "x", null))).containsExactly("courseKey training.occurrence.notJointSession");
		assertThat(refusal(with(ok, UUID.randomUUID(), "x", null))).containsExactly("courseKey training.occurrence.notJointSession");
		assertThat(refusal(with(ok, f.offline, " ", null))).containsExactly("venue training.occurrence.venueRequired");
		assertThat(refusal(with(live, f.live, null, null))).containsExactly("onlineUrl training.occurrence.linkRequired");
		assertThat(refusal(with(live, f.live, null, "ftp://meeting.example.com"))).containsExactly("onlineUrl training.occurrence.linkInvalid");
		assertThat(refusal(new OccurrenceForm(f.offline, f.staff.east.id(), ok.startsAt(), ok.startsAt(), "x", null, null,
				ok.groupIds()))).containsExactly("endsAt training.occurrence.endBeforeStart");
		assertThat(refusal(new OccurrenceForm(f.offline, f.staff.east.id(), null, null, "x", null, null, ok.groupIds())))
			.containsExactly("startsAt training.occurrence.startRequired", "endsAt training.occurrence.endRequired");
		// the period is read in the region's zone: 2026-07-01 01:00 in Shanghai is inside, 2026-06-30 23:00 is not
		assertThat(hr(() -> occurrences.create(f.programme, f.eastWorkshop("2026-07-01T01:00"))).startsAt())
			.isEqualTo(Instant.parse("2026-06-30T17:00:00Z"));
		assertThat(refusal(f.eastWorkshop("2026-06-30T23:00"))).containsExactly("startsAt training.occurrence.outsidePeriod");
		assertThat(refusal(f.eastWorkshop("2026-09-30T23:00"))).containsExactly("endsAt training.occurrence.outsidePeriod");
		assertThat(refusal(new OccurrenceForm(f.offline, new RegionId(UUID.randomUUID()), ok.startsAt(), ok.endsAt(), "x", null, null,
				ok.groupIds()))).containsExactly("regionId training.occurrence.unknownRegion");
		assertThat(refusal(new OccurrenceForm(f.offline, null, ok.startsAt(), ok.endsAt(), "x", null, null, ok.groupIds())))
			.containsExactly("regionId training.occurrence.regionRequired");
		assertThat(refusal(new OccurrenceForm(f.offline, f.staff.east.id(), ok.startsAt(), ok.endsAt(), "x", null, null, List.of())))
			.containsExactly("groupIds training.occurrence.groupsRequired");
		assertThat(refusal(new OccurrenceForm(f.offline, f.staff.east.id(), ok.startsAt(), ok.endsAt(), "x", null, null,
				List.of(UUID.randomUUID())))).containsExactly("groupIds training.occurrence.unknownGroup");
		assertThat(refusal(new OccurrenceForm(f.offline, f.staff.east.id(), ok.startsAt(), ok.endsAt(), "x", null, null,
				List.of(f.south.id())))).containsExactly("groupIds training.occurrence.groupNotInRegion");

		// a cancelled occurrence stays, unchanged
		Occurrence cancelled = hr(() -> occurrences.cancel(f.programme, workshop.id()));
		assertThat(cancelled.status()).isEqualTo(Occurrences.Status.CANCELLED);
		assertThat(hr(() -> occurrences.list(f.programme))).extracting(Occurrence::id).contains(workshop.id());
		assertThatThrownBy(() -> hr(() -> occurrences.update(f.programme, workshop.id(), ok)))
			.isInstanceOfSatisfying(RuleViolationException.class,
					e -> assertThat(e.violations()).extracting(v -> v.code()).containsExactly("training.occurrence.cancelled"));
		assertThat(hr(() -> audit.search("course_occurrence", "TRAINING_OCCURRENCE_CANCELLED", null, 0, 10)).entries()).hasSize(1);

		// a closed programme plans nothing
		hr(() -> jdbc.sql("update programme set status = 'CLOSED' where id = :p").param("p", f.programme).update());
		assertThat(refusal(ok)).containsExactly("null training.occurrence.programmeClosed");
	}

	@Test
	void anUpdateChangesTheSessionAndIsAuditedWithBeforeAndAfter() {
		Occurrence workshop = hr(() -> occurrences.create(f.programme, f.eastWorkshop("2026-07-10T09:00")));

		Occurrence moved = hr(() -> occurrences.update(f.programme, workshop.id(), f.eastWorkshop("2026-07-11T14:00")));

		assertThat(moved.startsAt()).isEqualTo(Instant.parse("2026-07-11T06:00:00Z"));
		assertThat(hr(() -> audit.search("course_occurrence", "TRAINING_OCCURRENCE_CHANGED", null, 0, 10)).entries())
			.singleElement().satisfies(e -> assertThat(e.details()).contains("2026-07-10T01:00:00Z", "2026-07-11T06:00:00Z"));
	}

	@Test
	void attendanceIsRecordedForTheRosterOnceStartedAndPublishesEachChange() {
		Occurrence workshop = hr(() -> occurrences.create(f.programme, f.eastWorkshop("2026-07-10T09:00")));
		List<RosterEntry> roster = hr(() -> occurrences.roster(f.programme, workshop.id()));
		assertThat(roster).extracting(RosterEntry::employeeNo, RosterEntry::role, RosterEntry::mentorId).containsExactly(
				tuple("201", MemberRole.CADRE, f.manager.id()), tuple("101", MemberRole.CLERK, f.supervisor.id()),
				tuple("102", MemberRole.CLERK, f.supervisor.id()));
		List<Mark> marks = List.of(new Mark(f.c1.id(), Attendance.PRESENT, null), new Mark(f.c2.id(), Attendance.LATE, "堵车"),
				new Mark(f.k1.id(), Attendance.ABSENT, null));

		assertThatThrownBy(() -> hr(() -> occurrences.record(f.programme, workshop.id(), marks)))
			.isInstanceOfSatisfying(RuleViolationException.class,
					e -> assertThat(e.violations()).extracting(v -> v.code()).containsExactly("training.attendance.notStarted"));

		clock.set(Instant.parse("2026-07-10T01:30:00Z"));
		List<RosterEntry> after = hr(() -> occurrences.record(f.programme, workshop.id(), marks));

		assertThat(after).extracting(RosterEntry::employeeNo, RosterEntry::status).containsExactly(tuple("201", Attendance.ABSENT),
				tuple("101", Attendance.PRESENT), tuple("102", Attendance.LATE));
		assertThat(events.stream(AttendanceRecorded.class)).containsExactlyInAnyOrder(
				new AttendanceRecorded(f.programme, f.offline, f.c1.id(), "PRESENT"),
				new AttendanceRecorded(f.programme, f.offline, f.c2.id(), "LATE"),
				new AttendanceRecorded(f.programme, f.offline, f.k1.id(), "ABSENT"));
		assertThat(hr(() -> occurrences.attended(f.programme, f.offline, f.c1.id()))).isTrue();
		assertThat(hr(() -> occurrences.attended(f.programme, f.offline, f.c2.id()))).isTrue();
		assertThat(hr(() -> occurrences.attended(f.programme, f.offline, f.k1.id()))).isFalse();
		assertThat(hr(() -> occurrences.attended(f.programme, f.live, f.c1.id()))).isFalse();

		// the same marks again change nothing; a changed one is published and audited with before and after
		events.clear();
		hr(() -> occurrences.record(f.programme, workshop.id(), marks));
		assertThat(events.stream(AttendanceRecorded.class)).isEmpty();
		hr(() -> occurrences.record(f.programme, workshop.id(), List.of(new Mark(f.k1.id(), Attendance.PRESENT, "补登"))));
		assertThat(events.stream(AttendanceRecorded.class)).containsExactly(
				new AttendanceRecorded(f.programme, f.offline, f.k1.id(), "PRESENT"));
		List<AuditLog.Entry> entries = hr(() -> audit.search("course_occurrence", "TRAINING_ATTENDANCE_RECORDED", null, 0, 10)).entries();
		assertThat(entries).hasSize(4);
		assertThat(entries).filteredOn(e -> e.details().contains(f.k1.id().toString())).extracting(AuditLog.Entry::details)
			.hasSize(2).anySatisfy(d -> assertThat(d).contains("\"before\": null", "\"after\": \"ABSENT\""))
			.anySatisfy(d -> assertThat(d).contains("\"before\": \"ABSENT\"", "\"after\": \"PRESENT\"", "补登"));

		// members of other groups are not on the roster; a mark needs a status
		assertThatThrownBy(() -> hr(() -> occurrences.record(f.programme, workshop.id(),
				List.of(new Mark(f.c3.id(), Attendance.PRESENT, null), new Mark(f.c1.id(), null, null)))))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations()).extracting(v -> v.field() + " " + v.code())
				.containsExactly("marks[0].employeeId training.attendance.notOnRoster", "marks[1].status training.attendance.statusRequired"));

		// the learner and the mentor see it
		assertThat(hr(() -> occurrences.forLearner(f.programme, f.c2.id()))).singleElement()
			.satisfies(s -> assertThat(s.attendance()).isEqualTo(Attendance.LATE));
		assertThat(hr(() -> occurrences.forLearner(f.programme, f.c3.id()))).isEmpty();
		assertThat(hr(() -> occurrences.forMentor(f.supervisor.id()))).singleElement().satisfies(s -> {
			assertThat(s.occurrence().id()).isEqualTo(workshop.id());
			assertThat(s.mentees()).isEqualTo(2);
			assertThat(s.recorded()).isEqualTo(2);
			assertThat(s.programmeCode()).isEqualTo("CAMP");
		});
		assertThat(hr(() -> occurrences.forMentor(f.southSupervisor.id()))).isEmpty();

		// a cancelled occurrence keeps its attendance but no longer counts and takes no more
		hr(() -> occurrences.cancel(f.programme, workshop.id()));
		assertThat(hr(() -> occurrences.attended(f.programme, f.offline, f.c1.id()))).isFalse();
		assertThat(hr(() -> occurrences.roster(f.programme, workshop.id()))).extracting(RosterEntry::status).doesNotContainNull();
		assertThatThrownBy(() -> hr(() -> occurrences.record(f.programme, workshop.id(), marks)))
			.isInstanceOfSatisfying(RuleViolationException.class,
					e -> assertThat(e.violations()).extracting(v -> v.code()).containsExactly("training.attendance.cancelled"));
	}
}
