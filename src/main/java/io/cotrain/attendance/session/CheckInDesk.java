package io.cotrain.attendance.session;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.cotrain.attendance.CheckIns;
import io.cotrain.attendance.CheckedIn;
import io.cotrain.attendance.JointlyPresent;
import io.cotrain.employee.EmployeeId;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.RegionId;
import io.cotrain.training.Occurrences;
import io.cotrain.training.Occurrences.Attendance;
import io.cotrain.training.Occurrences.Occurrence;
import io.cotrain.training.Occurrences.Seat;
import io.cotrain.training.Occurrences.Slot;
import io.cotrain.training.Occurrences.Source;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The one place a check-in is decided and stored: {@link CheckIns}. */
@Component
public class CheckInDesk implements CheckIns {

	private final Occurrences occurrences;
	private final SessionPolicies policies;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CheckInDesk(Occurrences occurrences, SessionPolicies policies, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.occurrences = occurrences;
		this.policies = policies;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Result checkIn(UUID sessionId, EmployeeId employee, Method method, Instant at, Evidence evidence, String by) {
		Slot session = occurrences.slot(sessionId).orElseThrow(() -> new io.cotrain.shared.NotFoundException("session", sessionId));
		Objects.requireNonNull(evidence, "evidence");
		if (session.cancelled()) {
			throw RuleViolationException.of(null, "attendance.checkin.cancelled");
		}
		SessionPolicy policy = policies.of(session.id(), session.regionId());
		SessionPolicy.Window window = policy.window(session.startsAt());
		if (method == Method.QR && !policy.methods().qr()) {
			throw RuleViolationException.of(null, "attendance.checkin.qrNotAccepted");
		}
		if (method == Method.TERMINAL && !policy.methods().face()) {
			throw RuleViolationException.of(null, "attendance.checkin.faceNotAccepted");
		}
		if (method != Method.CORRECTION && at.isBefore(window.opensAt())) {
			throw RuleViolationException.of(null, "attendance.checkin.notOpen", window.opensAt());
		}
		if (method != Method.CORRECTION && !at.isBefore(window.closesAt())) {
			throw RuleViolationException.of(null, "attendance.checkin.closed", window.closesAt());
		}
		Seat seat = occurrences.seat(sessionId, employee).orElseThrow(() -> RuleViolationException.of(null, "attendance.checkin.notOnRoster"));
		if (method == Method.QR) {
			checkPlace(policy, evidence);
		}
		// one member's check-ins, and a group's completion, one at a time
		lock("group:" + sessionId + ":" + seat.groupId(), evidence.fingerprint() == null ? null : "browser:" + sessionId + ":" + evidence.fingerprint());
		Map<EmployeeId, Stored> before = stored(sessionId, seat, evidence.fingerprint());
		Stored earlier = before.get(employee);
		if (earlier != null) {
			boolean flagged = false;
			if (method == Method.QR && evidence.fingerprint() != null && earlier.fingerprint() != null
					&& !evidence.fingerprint().equals(earlier.fingerprint())) {
				flag(sessionId, employee, "SECOND_DEVICE", evidence, null, at);
				flagged = true;
			}
			return new Result(sessionId, employee, earlier.status(), earlier.at(), true, flagged);
		}
		boolean flagged = method == Method.QR && evidence.fingerprint() != null && sharedBrowser(sessionId, employee, evidence, before, at);
		Attendance status = method != Method.CORRECTION && window.late(at) ? Attendance.LATE : Attendance.PRESENT;
		jdbc.sql("""
				insert into checkin (id, occurrence_id, employee_id, method, status, checked_in_at, fingerprint, ip, user_agent,
				    latitude, longitude, accuracy_m, device_id, punch_id, recorded_at)
				values (:id, :o, :e, :method, :status, :at, :fp, :ip, :ua, :lat, :lon, :acc, :device, :punch, :now)""")
			.param("id", UUID.randomUUID()).param("o", sessionId).param("e", employee.value()).param("method", method.name())
			.param("status", status.name()).param("at", Timestamp.from(at)).param("fp", evidence.fingerprint()).param("ip", evidence.ip())
			.param("ua", truncate(evidence.userAgent(), 500)).param("lat", evidence.latitude()).param("lon", evidence.longitude())
			.param("acc", evidence.accuracyMetres()).param("device", evidence.deviceId()).param("punch", evidence.punchId())
			.param("now", Timestamp.from(clock.instant())).update();
		occurrences.recordCheckIn(sessionId, employee, status, method.source(), null, by);
		events.publishEvent(new CheckedIn(sessionId, session.programmeId(), session.courseKey(), employee, status.name(), method.name(), at));
		boolean archived = method == Method.CORRECTION || !clock.instant().isBefore(window.closesAt());
		Map<UUID, Instant> times = new HashMap<>();
		before.forEach((e, stored) -> {
			if (seat.groupMembers().contains(e)) {
				times.put(e.value(), stored.at());
			}
		});
		times.put(employee.value(), at);
		jointPresence(session, seat, times, policy.jointWithin(), employee, status, archived);
		return new Result(sessionId, employee, status, at, false, flagged);
	}

	/**
	 * The session a face-terminal punch belongs to: a scheduled session of the device's region accepting face check-in
	 * whose window contains the punch and whose roster has the employee; of several, the one held where the device is
	 * ({@code venue} equal to its location), then the one starting nearest the punch.
	 */
	public Optional<Occurrence> sessionForPunch(RegionId region, String location, EmployeeId employee, Instant at) {
		Duration widest = SessionPolicies.widest();
		return occurrences.scheduledBetween(at.minus(widest), at.plus(widest)).stream()
			.filter(o -> o.regionId().equals(region))
			.filter(o -> {
				SessionPolicy policy = policies.of(o);
				return policy.methods().face() && policy.window(o).contains(at);
			})
			.filter(o -> occurrences.seat(o.id(), employee).isPresent())
			.min(java.util.Comparator.comparing((Occurrence o) -> location == null || !location.equalsIgnoreCase(o.venue()))
				.thenComparing(o -> Duration.between(o.startsAt(), at).abs()));
	}

	private static void checkPlace(SessionPolicy policy, Evidence evidence) {
		if (!policy.ipRanges().isEmpty() && !IpRanges.contains(policy.ipRanges(), evidence.ip())) {
			throw RuleViolationException.of(null, "attendance.checkin.outsideNetwork", evidence.ip());
		}
		SessionPolicy.Geofence fence = policy.geofence();
		if (fence != null) {
			if (evidence.latitude() == null || evidence.longitude() == null) {
				throw RuleViolationException.of(null, "attendance.checkin.locationRequired");
			}
			if (!fence.contains(evidence.latitude(), evidence.longitude())) {
				throw RuleViolationException.of(null, "attendance.checkin.outsideArea",
						Math.round(fence.distanceTo(evidence.latitude(), evidence.longitude())), fence.radiusMetres());
			}
		}
	}

	private record Stored(Attendance status, Instant at, String fingerprint) {
	}

	/** The session's earlier check-ins of the seat's group members and of the browser (null: none), in one query. */
	private Map<EmployeeId, Stored> stored(UUID session, Seat seat, String fingerprint) {
		Map<EmployeeId, Stored> stored = new HashMap<>();
		jdbc.sql("""
				select employee_id, status, checked_in_at, fingerprint from checkin where occurrence_id = :o and employee_id in (:members)
				union
				select employee_id, status, checked_in_at, fingerprint from checkin where occurrence_id = :o and fingerprint = :fp""")
			.param("o", session).param("members", seat.groupMembers().stream().map(EmployeeId::value).toList()).param("fp", fingerprint)
			.query((rs, i) -> stored.put(new EmployeeId(rs.getObject(1, UUID.class)),
					new Stored(Attendance.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant(), rs.getString(4))))
			.list();
		return stored;
	}

	/** Flags this check-in and each earlier one of the session from the same browser for another person. */
	private boolean sharedBrowser(UUID session, EmployeeId employee, Evidence evidence, Map<EmployeeId, Stored> before, Instant at) {
		List<UUID> others = before.entrySet().stream()
			.filter(e -> !e.getKey().equals(employee) && evidence.fingerprint().equals(e.getValue().fingerprint()))
			.map(e -> e.getKey().value()).sorted().toList();
		for (UUID other : others) {
			flag(session, employee, "SHARED_DEVICE", evidence, other, at);
			boolean otherFlagged = jdbc.sql("""
					select exists (select 1 from checkin_flag where occurrence_id = :o and employee_id = :e and kind = 'SHARED_DEVICE'
					               and fingerprint = :fp)""")
				.param("o", session).param("e", other).param("fp", evidence.fingerprint()).query(Boolean.class).single();
			if (!otherFlagged) {
				flag(session, new EmployeeId(other), "SHARED_DEVICE", evidence, employee.value(), at);
			}
		}
		return !others.isEmpty();
	}

	private void flag(UUID session, EmployeeId employee, String kind, Evidence evidence, UUID other, Instant at) {
		jdbc.sql("""
				insert into checkin_flag (id, occurrence_id, employee_id, kind, fingerprint, ip, other_employee_id, detected_at)
				values (:id, :o, :e, :kind, :fp, :ip, :other, :at)""")
			.param("id", UUID.randomUUID()).param("o", session).param("e", employee.value()).param("kind", kind)
			.param("fp", evidence.fingerprint()).param("ip", evidence.ip()).param("other", other).param("at", Timestamp.from(at)).update();
	}

	/**
	 * Publishes {@link JointlyPresent} when this check-in completed the group within the rule ({@code times}: the group's
	 * check-ins with this one); on a closed session (a correction) it also brings the archived outcome of the member and
	 * the group's joint presence up to date.
	 */
	private void jointPresence(Slot session, Seat seat, Map<UUID, Instant> times, Duration within, EmployeeId employee, Attendance status,
			boolean archived) {
		Optional<JointPresence> joint = JointPresence.of(seat.groupMembers(), times, within);
		joint.filter(JointPresence::jointly).ifPresent(j -> events.publishEvent(
				new JointlyPresent(session.id(), session.programmeId(), session.courseKey(), seat.groupId(), seat.groupMembers(), j.spread())));
		if (!archived) {
			return;
		}
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("update checkin_outcome set status = :s, updated_at = :now where occurrence_id = :o and employee_id = :e")
			.param("s", status.name()).param("now", now).param("o", session.id()).param("e", employee.value()).update();
		jdbc.sql("update checkin_outcome set jointly_present = :j, updated_at = :now where occurrence_id = :o and group_id = :g")
			.param("j", joint.map(JointPresence::jointly).orElse(false)).param("now", now).param("o", session.id())
			.param("g", seat.groupId()).update();
	}

	/** Takes the transaction's advisory lock on {@code first}, then on {@code second} (null: none), in one statement. */
	private void lock(String first, String second) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:a, 0))" + (second == null ? "" : ", pg_advisory_xact_lock(hashtextextended(:b, 0))"))
			.param("a", first).param("b", second).query((rs, i) -> 1).single();
	}

	private static String truncate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}
}
