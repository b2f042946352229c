package io.cotrain.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import io.cotrain.CoTrainTest;
import io.cotrain.MutableClock;
import io.cotrain.attendance.CheckIns.Evidence;
import io.cotrain.attendance.CheckIns.Method;
import io.cotrain.attendance.Sessions.RosterLine;
import io.cotrain.attendance.session.ProxyFlags;
import io.cotrain.attendance.session.SessionCloser;
import io.cotrain.attendance.session.SessionPolicies;
import io.cotrain.attendance.session.SessionPolicy;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.TestStaff;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.tenancy.TestBrowser;
import io.cotrain.tenancy.TestTenants;
import io.cotrain.training.AttendanceRecorded;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Check-in on the database, whatever the method: the window and the late mark, the roster, joint presence (12 minutes
 * apart is not, 5 minutes is), proxy flags, the session's own rules, the close of the window (absences, the outcome and
 * its event) and the archive pages of both partners.
 */
@CoTrainTest
@RecordApplicationEvents
class CheckInTest {

	@Autowired
	CheckIns checkIns;
	@Autowired
	Sessions sessions;
	@Autowired
	SessionPolicies policies;
	@Autowired
	SessionCloser closer;
	@Autowired
	ProxyFlags flags;
	@Autowired
	Occurrences occurrences;
	@Autowired
	Programmes programmes;
	@Autowired
	Courses courses;
	@Autowired
	Groups groups;
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
	@LocalServerPort
	int port;

	OccurrenceFixture f;
	Occurrence workshop;
	Instant start;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-07-06T00:00:00Z"));
		f = new OccurrenceFixture(new TestStaff(provisioning, directory, organisation, registry, accounts), programmes, courses, groups);
		workshop = hr(() -> occurrences.create(f.programme, f.eastWorkshop("2026-07-10T09:00")));
		start = workshop.startsAt();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void windowOpensFifteenMinutesBeforeAndClosesFifteenAfterTheStartAndLateAfterFive() {
		assertThat(refusal(() -> checkIn(f.k1, start.minus(Duration.ofMinutes(16)), browser("a")))).isEqualTo("attendance.checkin.notOpen");
		assertThat(checkIn(f.k1, start.minus(Duration.ofMinutes(15)), browser("a")).status()).isEqualTo(Occurrences.Attendance.PRESENT);
		assertThat(checkIn(f.c1, start.plus(Duration.ofMinutes(5)), browser("b")).status()).isEqualTo(Occurrences.Attendance.PRESENT);
		assertThat(checkIn(f.c2, start.plus(Duration.ofMinutes(5)).plusSeconds(1), browser("c")).status())
			.isEqualTo(Occurrences.Attendance.LATE);
		Occurrence other = hr(() -> occurrences.create(f.programme, f.eastWorkshop("2026-07-11T09:00")));
		assertThat(refusal(() -> hr(() -> checkIns.checkIn(other.id(), f.k1.id(), Method.QR, other.startsAt().plus(Duration.ofMinutes(15)),
				browser("a"), "test")))).isEqualTo("attendance.checkin.closed");
	}

	@Test
	void onlyRosterMembersCheckInAndTheCheckInIsTheirAttendance() {
		assertThat(refusal(() -> checkIn(f.c3, start, browser("x")))).isEqualTo("attendance.checkin.notOnRoster");
		assertThat(refusal(() -> checkIn(f.manager, start, browser("x")))).isEqualTo("attendance.checkin.notOnRoster");
		checkIn(f.c1, start, browser("b"));
		assertThat(jdbc.sql("select count(*) from checkin").query(Integer.class).single()).as("row security: no scope, no rows").isZero();
		assertThat(hr(() -> jdbc.sql("select status || '/' || source from course_attendance where occurrence_id = :o and employee_id = :e")
			.param("o", workshop.id()).param("e", f.c1.id().value()).query(String.class).single())).isEqualTo("PRESENT/QR");
		assertThat(events.stream(AttendanceRecorded.class)).anyMatch(e -> e.employee().equals(f.c1.id()) && e.status().equals("PRESENT"));
		assertThat(events.stream(CheckedIn.class)).singleElement().satisfies(e -> {
			assertThat(e.employee()).isEqualTo(f.c1.id());
			assertThat(e.method()).isEqualTo("QR");
			assertThat(e.occurrenceId()).isEqualTo(workshop.id());
		});
	}

	@Test
	void aGroupTwelveMinutesApartIsNotJointlyPresentFiveMinutesIs() {
		checkIn(f.k1, start.minus(Duration.ofMinutes(10)), browser("a"));
		checkIn(f.c1, start.minus(Duration.ofMinutes(8)), browser("b"));
		checkIn(f.c2, start.plus(Duration.ofMinutes(2)), browser("c"));
		assertThat(events.stream(JointlyPresent.class)).isEmpty();
		assertThat(roster(workshop)).allSatisfy(l -> assertThat(l.jointlyPresent()).isFalse());

		Occurrence second = hr(() -> occurrences.create(f.programme, f.eastWorkshop("2026-07-12T09:00")));
		Instant s = second.startsAt();
		hr(() -> checkIns.checkIn(second.id(), f.k1.id(), Method.QR, s.minus(Duration.ofMinutes(4)), browser("a"), "test"));
		hr(() -> checkIns.checkIn(second.id(), f.c1.id(), Method.QR, s.minus(Duration.ofMinutes(2)), browser("b"), "test"));
		assertThat(roster(second)).allSatisfy(l -> assertThat(l.jointlyPresent()).as("pending while c2 is missing").isNull());
		hr(() -> checkIns.checkIn(second.id(), f.c2.id(), Method.QR, s.plus(Duration.ofMinutes(1)), browser("c"), "test"));
		assertThat(events.stream(JointlyPresent.class)).singleElement().satisfies(j -> {
			assertThat(j.occurrenceId()).isEqualTo(second.id());
			assertThat(j.groupId()).isEqualTo(f.east.id());
			assertThat(j.spread()).isEqualTo(Duration.ofMinutes(5));
			assertThat(j.members()).containsExactlyInAnyOrder(f.k1.id(), f.c1.id(), f.c2.id());
		});
		assertThat(roster(second)).allSatisfy(l -> assertThat(l.jointlyPresent()).isTrue());

		// both sessions close: the archive pages of the partners show it
		clock.set(s.plus(Duration.ofMinutes(15)));
		assertThat(hr(closer::closeDue)).isEqualTo(2);
		String hr = f.staff.login("hr-" + UUID.randomUUID().toString().substring(0, 6), Set.of(Role.HR_ADMIN), Set.of(), null);
		TestBrowser browser = new TestBrowser(port).signIn(hr, TestTenants.PASSWORD);
		for (EmployeeView partner : List.of(f.k1, f.c1)) {
			String page = browser.get("/employees/" + partner.id().value()).body();
			assertThat(page).contains("id=\"checkin-archive\"");
			assertThat(page).contains("data-session=\"" + workshop.id() + "\"").contains("data-session=\"" + second.id() + "\"");
			assertThat(page).containsPattern("data-session=\"" + second.id() + "\"(?s:.*?)data-joint=\"true\"");
			assertThat(page).containsPattern("data-session=\"" + workshop.id() + "\"(?s:.*?)data-joint=\"false\"");
			assertThat(page).contains("已结束课次 2 次，出勤 2 次（100%），共同出勤 1 次（50%）");
		}
	}

	@Test
	void aSecondCheckInCountsNothingAndASecondBrowserOrASharedOneIsFlagged() {
		CheckIns.Result first = checkIn(f.c1, start.minus(Duration.ofMinutes(3)), browser("phone-c1"));
		CheckIns.Result again = checkIn(f.c1, start.plus(Duration.ofMinutes(8)), browser("laptop"));
		assertThat(again.already()).isTrue();
		assertThat(again.flagged()).isTrue();
		assertThat(again.status()).isEqualTo(first.status());
		assertThat(again.checkedInAt()).isEqualTo(first.checkedInAt());

		CheckIns.Result proxy = checkIn(f.c2, start.minus(Duration.ofMinutes(2)), browser("phone-c1"));
		assertThat(proxy.already()).isFalse();
		assertThat(proxy.flagged()).isTrue();
		List<ProxyFlags.Flag> raised = hr(() -> flags.of(workshop.id()));
		assertThat(raised).extracting(ProxyFlags.Flag::kind, ProxyFlags.Flag::employeeId).containsExactlyInAnyOrder(
				org.assertj.core.groups.Tuple.tuple("SECOND_DEVICE", f.c1.id().value()),
				org.assertj.core.groups.Tuple.tuple("SHARED_DEVICE", f.c2.id().value()),
				org.assertj.core.groups.Tuple.tuple("SHARED_DEVICE", f.c1.id().value()));
		assertThat(roster(workshop)).filteredOn(l -> l.employeeId().equals(f.c1.id())).singleElement()
			.satisfies(l -> assertThat(l.openFlags()).isEqualTo(2));

		ProxyFlags.Flag shared = raised.stream().filter(r -> r.employeeId().equals(f.c2.id().value())).findFirst().orElseThrow();
		ProxyFlags.Flag reviewed = hr(() -> flags.review(workshop.id(), shared.id(), ProxyFlags.Review.CONFIRMED, "同一手机代签", "hr"));
		assertThat(reviewed.review()).isEqualTo(ProxyFlags.Review.CONFIRMED);
		assertThat(refusal(() -> hr(() -> flags.review(workshop.id(), shared.id(), ProxyFlags.Review.DISMISSED, null, "hr"))))
			.isEqualTo("attendance.flag.reviewed");
	}

	@Test
	void aSessionsOwnRulesLimitMethodsNetworkAndPlace() {
		assertThat(refusalField(() -> hr(() -> policies.save(workshop, new SessionPolicies.PolicyForm(null, 10, 20, null, null,
				"10.0.0.0/8, 300.1.1.1", 31.2, null, 5), "hr")))).containsExactlyInAnyOrder("lateAfterMinutes", "ipRanges", "longitude",
						"radiusMetres");
		hr(() -> policies.save(workshop, new SessionPolicies.PolicyForm(null, null, null, null, SessionPolicy.Methods.FACE, null, null,
				null, null), "hr"));
		assertThat(refusal(() -> checkIn(f.k1, start, browser("a")))).isEqualTo("attendance.checkin.qrNotAccepted");

		hr(() -> policies.save(workshop, new SessionPolicies.PolicyForm(30, 10, 2, 5, SessionPolicy.Methods.QR, "192.168.10.0/24",
				31.2304, 121.4737, 200), "hr"));
		assertThat(refusal(() -> checkIn(f.k1, start, new Evidence("a", "10.1.1.1", null, 31.2304, 121.4737, 10d, null, null))))
			.isEqualTo("attendance.checkin.outsideNetwork");
		assertThat(refusal(() -> checkIn(f.k1, start, new Evidence("a", "192.168.10.7", null, null, null, null, null, null))))
			.isEqualTo("attendance.checkin.locationRequired");
		assertThat(refusal(() -> checkIn(f.k1, start, new Evidence("a", "192.168.10.7", null, 31.2404, 121.4737, 10d, null, null))))
			.as("about 1.1 km north").isEqualTo("attendance.checkin.outsideArea");
		assertThat(refusal(() -> hr(() -> checkIns.checkIn(workshop.id(), f.k1.id(), Method.TERMINAL, start, Evidence.none(), "t"))))
			.isEqualTo("attendance.checkin.faceNotAccepted");
		assertThat(checkIn(f.k1, start.minus(Duration.ofMinutes(25)), new Evidence("a", "192.168.10.7", null, 31.2310, 121.4740, 10d,
				null, null)).status()).as("30 minutes before opens").isEqualTo(Occurrences.Attendance.PRESENT);
		assertThat(checkIn(f.c1, start.plus(Duration.ofMinutes(3)), new Evidence("b", "192.168.10.8", null, 31.2310, 121.4740, 10d,
				null, null)).status()).as("late after 2 minutes").isEqualTo(Occurrences.Attendance.LATE);
		assertThat(hr(() -> sessions.get(workshop.id())).methods()).isEqualTo("QR");
	}

	@Test
	void closingTheWindowMakesTheMissingAbsentOncePublishesTheOutcomeAndAListShowsOpenSessions() {
		clock.set(start.minus(Duration.ofMinutes(16)));
		assertThat(hr(() -> sessions.list(new Sessions.Filter(true, null, null)))).extracting(Sessions.SessionView::id)
			.doesNotContain(workshop.id());
		clock.set(start.minus(Duration.ofMinutes(14)));
		assertThat(hr(() -> sessions.list(new Sessions.Filter(true, null, null)))).extracting(Sessions.SessionView::id)
			.contains(workshop.id());
		checkIn(f.k1, start.minus(Duration.ofMinutes(5)), browser("a"));
		checkIn(f.c1, start.plus(Duration.ofMinutes(7)), browser("b"));
		clock.set(start.plus(Duration.ofMinutes(14)));
		assertThat(hr(closer::closeDue)).as("still open").isZero();
		clock.set(start.plus(Duration.ofMinutes(15)));
		assertThat(hr(closer::closeDue)).isEqualTo(1);
		assertThat(hr(closer::closeDue)).as("once").isZero();
		assertThat(events.stream(SessionClosed.class)).singleElement().satisfies(closed -> {
			assertThat(closed.occurrenceId()).isEqualTo(workshop.id());
			assertThat(closed.outcomes()).extracting(SessionClosed.Outcome::employee, SessionClosed.Outcome::status,
					SessionClosed.Outcome::jointlyPresent)
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(f.k1.id(), "PRESENT", false),
						org.assertj.core.groups.Tuple.tuple(f.c1.id(), "LATE", false), org.assertj.core.groups.Tuple.tuple(f.c2.id(), "ABSENT", false));
		});
		assertThat(hr(() -> sessions.get(workshop.id())).state()).isEqualTo(Sessions.State.CLOSED);
		assertThat(refusal(() -> checkIn(f.c2, start.plus(Duration.ofMinutes(15)), browser("c")))).isEqualTo("attendance.checkin.closed");
	}

	@Test
	void anotherTenantNeitherSeesNorChecksInToTheSession() {
		TestStaff other = new TestStaff(provisioning, directory, organisation, registry, accounts);
		assertThatThrownBy(() -> other.in(() -> checkIns.checkIn(workshop.id(), f.k1.id(), Method.QR, start, browser("a"), "x")))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> other.in(() -> sessions.get(workshop.id()))).isInstanceOf(NotFoundException.class);
		clock.set(start);
		assertThat(other.in(() -> sessions.list(new Sessions.Filter(true, null, null)))).isEmpty();
		assertThat(hr(() -> jdbc.sql("select count(*) from checkin where occurrence_id = :o").param("o", workshop.id())
			.query(Integer.class).single())).isZero();
	}

	// ---- helpers ----

	private CheckIns.Result checkIn(EmployeeView who, Instant at, Evidence evidence) {
		return hr(() -> checkIns.checkIn(workshop.id(), who.id(), Method.QR, at, evidence, "test"));
	}

	private static Evidence browser(String fingerprint) {
		return new Evidence(fingerprint, "127.0.0.1", "JUnit", null, null, null, null, null);
	}

	private List<RosterLine> roster(Occurrence session) {
		return hr(() -> sessions.roster(session.id()));
	}

	private <T> T hr(Supplier<T> work) {
		return TenantScope.call(TenantScope.allRegions(f.staff.tenant.id()), work);
	}

	private static String refusal(Runnable work) {
		try {
			work.run();
		}
		catch (RuleViolationException e) {
			return e.violations().get(0).code();
		}
		throw new AssertionError("not refused");
	}

	private static List<String> refusalField(Runnable work) {
		try {
			work.run();
		}
		catch (RuleViolationException e) {
			return e.violations().stream().map(RuleViolationException.Violation::field).toList();
		}
		throw new AssertionError("not refused");
	}
}
