package io.cotrain.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.cotrain.attendance.CheckIns;
import io.cotrain.attendance.Sessions;
import io.cotrain.employee.EmployeeId;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.training.Courses;
import io.cotrain.training.Occurrences;
import io.cotrain.training.Occurrences.Occurrence;
import io.cotrain.training.Programmes;
import io.cotrain.training.group.GroupView;
import io.cotrain.training.group.Groups;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 6: check-in in the demo. Once: a second sitting of the joint kick-off held yesterday at the 上海总部 training
 * room with real check-ins (QR, each learner's own browser): most groups within a few minutes — clerk.wang and
 * cadre.zhang jointly present — one clerk twelve minutes after the cadre (late; the group not jointly present) and one
 * absent. On every start: when no session's check-in window is open, one sitting of the kick-off in cn-east starts ten
 * minutes later, so a new user can try check-in at once (created once however often the product starts).
 */
@Component
class CheckInDemo {

	private static final Logger log = LoggerFactory.getLogger(CheckInDemo.class);
	private static final String REGION = "cn-east";
	/** clerk.wang@demo's employee number. */
	private static final String CLERK_WANG = "00101";
	private static final Duration OPEN_SESSION_LEAD = Duration.ofMinutes(10);

	private final Programmes programmes;
	private final Occurrences occurrences;
	private final Groups groups;
	private final Sessions sessions;
	private final CheckIns checkIns;
	private final TenantDirectory directory;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final Clock clock;

	CheckInDemo(Programmes programmes, Occurrences occurrences, Groups groups, Sessions sessions, CheckIns checkIns,
			TenantDirectory directory, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.programmes = programmes;
		this.occurrences = occurrences;
		this.groups = groups;
		this.sessions = sessions;
		this.checkIns = checkIns;
		this.directory = directory;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** In the demo tenant's scope: a session starting ten minutes from now unless one's window is open. */
	void ensureOpenSession() {
		transaction.executeWithoutResult(status -> {
			jdbc.sql("select pg_advisory_xact_lock(hashtextextended('demo:open-session', 0))").query((rs, i) -> 1).single();
			if (!sessions.list(new Sessions.Filter(true, null, null)).isEmpty()) {
				return;
			}
			Instant start = clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(OPEN_SESSION_LEAD);
			plan(start, "演示课次：签到窗口已开放，可扫码或刷脸签到").ifPresent(o -> log.info("Demo session {} opens for check-in now; it starts at {}", o.id(), o.startsAt()));
		});
	}

	/** Once: yesterday's second sitting of the kick-off with check-ins. */
	void seedCheckIns() {
		Optional<RegionInfo> region = region();
		if (region.isEmpty()) {
			return;
		}
		LocalDate yesterday = region.get().today(clock).minusDays(1);
		Instant start = yesterday.atTime(9, 30).atZone(region.get().timeZone()).toInstant();
		Optional<Occurrence> held = plan(start, "启动会第二场（签到演示）");
		if (held.isEmpty()) {
			return;
		}
		List<Occurrences.RosterEntry> roster = occurrences.members(held.get().id());
		UUID lateGroup = null;
		UUID absentGroup = null;
		int minute = -9;
		for (Occurrences.RosterEntry member : roster) {
			boolean inWangsGroup = roster.stream().anyMatch(m -> m.groupId().equals(member.groupId()) && CLERK_WANG.equals(m.employeeNo()));
			if (!inWangsGroup && lateGroup == null && member.role() == Occurrences.MemberRole.CLERK) {
				lateGroup = member.groupId();
				checkIn(held.get(), member.employeeId(), start.plus(Duration.ofMinutes(6)));
				continue;
			}
			if (!inWangsGroup && absentGroup == null && !member.groupId().equals(lateGroup) && member.role() == Occurrences.MemberRole.CLERK) {
				absentGroup = member.groupId();
				continue;
			}
			checkIn(held.get(), member.employeeId(), start.plus(Duration.ofMinutes(minute)));
			minute = minute >= -2 ? -9 : minute + 1;
		}
	}

	private void checkIn(Occurrence session, EmployeeId employee, Instant at) {
		String browser = "demo-browser-" + employee.value().toString().substring(0, 8);
		checkIns.checkIn(session.id(), employee, CheckIns.Method.QR, at,
				new CheckIns.Evidence(browser, "10.8.0." + (Math.abs(employee.hashCode()) % 200 + 20), "CoTrain demo", null, null, null, null, null),
				"demo");
	}

	/** A sitting of the joint kick-off in cn-east at {@code start} for the region's groups, when the programme runs then. */
	private Optional<Occurrence> plan(Instant start, String note) {
		Optional<Programmes.Programme> programme = programmes.list().stream().filter(p -> p.code().equals(TrainingDemo.PROGRAMME))
			.filter(p -> p.status() == Programmes.Status.ACTIVE).findFirst();
		Optional<RegionInfo> region = region();
		if (programme.isEmpty() || region.isEmpty()) {
			return Optional.empty();
		}
		Programmes.Version version = programme.get().current();
		LocalDate day = start.atZone(region.get().timeZone()).toLocalDate();
		if (day.isBefore(version.startsOn()) || day.isAfter(version.endsOn())) {
			log.info("The demo programme does not run on {}: no demo session then", day);
			return Optional.empty();
		}
		Optional<Courses.Course> course = occurrences.sessionCourses(programme.get().id()).stream()
			.filter(c -> c.mode() == Courses.Mode.OFFLINE).findFirst();
		List<UUID> invited = groups.list(programme.get().id()).stream().filter(g -> inRegion(g, region.get())).map(GroupView::id).toList();
		if (course.isEmpty() || invited.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(occurrences.create(programme.get().id(), new Occurrences.OccurrenceForm(course.get().key(), region.get().id(), start,
				start.plus(Duration.ofHours(2)), OccurrenceDemo.VENUES.get(REGION), null, note, invited)));
	}

	private Optional<RegionInfo> region() {
		return directory.regions().stream().filter(r -> r.code().equals(REGION)).findFirst();
	}

	private static boolean inRegion(GroupView group, RegionInfo region) {
		return region.id().equals(group.cadre().region()) || group.clerks().stream().anyMatch(c -> region.id().equals(c.clerk().region()));
	}
}
