package io.cotrain.attendance.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cotrain.attendance.Sessions;
import io.cotrain.employee.EmployeeId;
import io.cotrain.shared.NotFoundException;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.CurrentUser;
import io.cotrain.tenancy.Role;
import io.cotrain.training.Occurrences;
import io.cotrain.training.Occurrences.Occurrence;
import io.cotrain.training.Occurrences.RosterEntry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class SessionService implements Sessions {

	private static final Duration DEFAULT_BACK = Duration.ofDays(1);
	private static final Duration DEFAULT_AHEAD = Duration.ofDays(30);

	private final Occurrences occurrences;
	private final SessionPolicies policies;
	private final Accounts accounts;
	private final JdbcClient jdbc;
	private final Clock clock;

	SessionService(Occurrences occurrences, SessionPolicies policies, Accounts accounts, JdbcClient jdbc, Clock clock) {
		this.occurrences = occurrences;
		this.policies = policies;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<SessionView> list(Filter filter) {
		Instant now = clock.instant();
		Instant from = filter.open() ? now.minus(SessionPolicies.widest()) : filter.from() != null ? filter.from() : now.minus(DEFAULT_BACK);
		Instant to = filter.open() ? now.plus(SessionPolicies.widest()) : filter.to() != null ? filter.to() : now.plus(DEFAULT_AHEAD);
		Viewer viewer = viewer();
		List<SessionView> views = new ArrayList<>();
		List<Occurrence> found = occurrences.scheduledBetween(from, to.plus(Duration.ofDays(1))).stream()
			.filter(o -> !(o.startsAt().isBefore(from) && !filter.open() || !o.startsAt().isBefore(to))).toList();
		Map<UUID, List<RosterEntry>> rosters = occurrences.members(found);
		for (Occurrence o : found) {
			List<RosterEntry> members = rosters.get(o.id());
			if (!viewer.sees(members)) {
				continue;
			}
			SessionView view = view(o, members, now);
			if (!filter.open() || view.state() == State.OPEN) {
				views.add(view);
			}
		}
		return views;
	}

	@Override
	public SessionView get(UUID session) {
		Occurrence o = occurrences.find(session).orElseThrow(() -> new NotFoundException("session", session));
		List<RosterEntry> members = occurrences.members(session);
		if (!viewer().sees(members)) {
			throw new NotFoundException("session", session);
		}
		return view(o, members, clock.instant());
	}

	@Override
	public List<RosterLine> roster(UUID session) {
		Occurrence o = occurrences.find(session).orElseThrow(() -> new NotFoundException("session", session));
		List<RosterEntry> members = occurrences.members(session);
		Viewer viewer = viewer();
		if (!viewer.sees(members)) {
			throw new NotFoundException("session", session);
		}
		Set<UUID> groups = viewer.groups(members);
		Map<UUID, Stored> checkins = checkins(session);
		Map<UUID, Integer> flags = openFlags(session);
		SessionPolicy policy = policies.of(o);
		boolean closed = o.cancelled() || !clock.instant().isBefore(policy.window(o).closesAt());
		Map<UUID, Instant> times = new HashMap<>();
		checkins.forEach((e, s) -> times.put(e, s.at()));
		Map<UUID, Boolean> joint = JointPresence.byGroup(members, times, policy.jointWithin(), closed ? Boolean.FALSE : null);
		return members.stream().filter(m -> groups == null || groups.contains(m.groupId())).map(m -> {
			Stored s = checkins.get(m.employeeId().value());
			return new RosterLine(m.employeeId(), m.employeeNo(), m.name(), m.role().name(), m.groupId(), m.groupNumber(), m.mentorId(),
					m.mentorName(), m.status() == null ? null : m.status().name(), m.source() == null ? null : m.source().name(),
					s == null ? null : s.method(), s == null ? null : s.at(), joint.get(m.groupId()),
					flags.getOrDefault(m.employeeId().value(), 0));
		}).toList();
	}

	private SessionView view(Occurrence o, List<RosterEntry> members, Instant now) {
		SessionPolicy policy = policies.of(o);
		SessionPolicy.Window window = policy.window(o);
		State state = o.cancelled() ? State.CANCELLED
				: now.isBefore(window.opensAt()) ? State.UPCOMING : now.isBefore(window.closesAt()) ? State.OPEN : State.CLOSED;
		int checkedIn = (int) members.stream().filter(m -> m.status() != null && m.status().attended()).count();
		return new SessionView(o.id(), o.programmeId(), o.courseKey(), o.courseCode(), o.courseTitleZh(), o.courseTitleEn(),
				o.mode() == null ? null : o.mode().name(), o.regionId(), o.startsAt(), o.endsAt(), o.venue(), o.onlineUrl(), state,
				window.opensAt(), window.closesAt(), window.lateFrom(), policy.methods().name(), members.size(), checkedIn);
	}

	record Stored(String method, Instant at) {
	}

	private Map<UUID, Stored> checkins(UUID session) {
		Map<UUID, Stored> found = new HashMap<>();
		jdbc.sql("select employee_id, method, checked_in_at from checkin where occurrence_id = :o").param("o", session)
			.query((rs, i) -> found.put(rs.getObject(1, UUID.class), new Stored(rs.getString(2), rs.getTimestamp(3).toInstant()))).list();
		return found;
	}

	private Map<UUID, Integer> openFlags(UUID session) {
		Map<UUID, Integer> found = new HashMap<>();
		jdbc.sql("select employee_id, count(*) from checkin_flag where occurrence_id = :o and review = 'OPEN' group by employee_id")
			.param("o", session).query((rs, i) -> found.put(rs.getObject(1, UUID.class), rs.getInt(2))).list();
		return found;
	}

	private Viewer viewer() {
		return accounts.current().map(Viewer::of).orElse(Viewer.SYSTEM);
	}

	/** Who looks: staff (and the system) see every session and member; others the groups where they mentor or learn. */
	record Viewer(boolean staff, EmployeeId employee) {

		static final Viewer SYSTEM = new Viewer(true, null);

		static Viewer of(CurrentUser user) {
			boolean staff = user.has(Role.HR_ADMIN) || user.has(Role.REGION_ADMIN) || user.has(Role.AUDITOR);
			return new Viewer(staff, user.employeeId() == null ? null : new EmployeeId(user.employeeId()));
		}

		boolean sees(List<RosterEntry> members) {
			return staff || groups(members).size() > 0;
		}

		/** The groups shown to a mentor or learner; null: all. */
		Set<UUID> groups(List<RosterEntry> members) {
			if (staff) {
				return null;
			}
			return members.stream().filter(m -> employee != null && (employee.equals(m.mentorId()) || employee.equals(m.employeeId())))
				.map(RosterEntry::groupId).collect(Collectors.toSet());
		}
	}
}
