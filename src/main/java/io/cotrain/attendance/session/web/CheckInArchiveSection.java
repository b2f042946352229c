package io.cotrain.attendance.session.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.cotrain.attendance.session.JointPresence;
import io.cotrain.attendance.session.SessionPolicies;
import io.cotrain.employee.ArchiveSection;
import io.cotrain.employee.EmployeeView;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.training.Occurrences;
import io.cotrain.training.Occurrences.Occurrence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The check-in part of the employee archive (培训签到): each session the employee checked in to or that has closed for
 * them — course, time in the session's region, outcome, how and when they checked in, and whether their group was
 * jointly present — newest first, with the attendance and joint-presence rates of the closed ones. Shows only this
 * employee's own records, so it tells no viewer of the archive more than the archive itself.
 */
@Component
class CheckInArchiveSection implements ArchiveSection {

	private static final int LIMIT = 50;

	private final JdbcClient jdbc;
	private final Occurrences occurrences;
	private final SessionPolicies policies;
	private final TenantDirectory directory;

	CheckInArchiveSection(JdbcClient jdbc, Occurrences occurrences, SessionPolicies policies, TenantDirectory directory) {
		this.jdbc = jdbc;
		this.occurrences = occurrences;
		this.policies = policies;
		this.directory = directory;
	}

	/**
	 * @param jointlyPresent null while the session is open and the group incomplete, or without a check-in of the employee
	 * @param closed whether the session's window has closed (the outcome is final)
	 */
	record Row(UUID sessionId, String course, LocalDateTime startsAt, String region, String venue, String status, String method,
			LocalDateTime checkedInAt, Boolean jointlyPresent, boolean closed) {
	}

	/** @param attendedPercent of the closed sessions; null without any */
	record View(List<Row> rows, int closed, int attended, int jointly, Integer attendedPercent, Integer jointlyPercent) {
	}

	private record Stored(UUID session, String status, Boolean jointly, String method, Instant checkedInAt, boolean closed) {
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public Optional<Content> content(EmployeeView employee, Locale locale) {
		List<Stored> stored = jdbc.sql("""
				select o.occurrence_id, o.status, o.jointly_present, c.method, c.checked_in_at, true as closed, o.closed_at as at
				from checkin_outcome o left join checkin c on c.occurrence_id = o.occurrence_id and c.employee_id = o.employee_id
				where o.employee_id = :e
				union all
				select c.occurrence_id, c.status, null, c.method, c.checked_in_at, false, c.checked_in_at
				from checkin c where c.employee_id = :e
				  and not exists (select 1 from checkin_outcome o where o.occurrence_id = c.occurrence_id and o.employee_id = c.employee_id)
				order by 7 desc limit :limit""")
			.param("e", employee.id().value()).param("limit", LIMIT)
			.query((rs, i) -> new Stored(rs.getObject(1, UUID.class), rs.getString(2), (Boolean) rs.getObject(3), rs.getString(4),
					rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), rs.getBoolean(6)))
			.list();
		if (stored.isEmpty()) {
			return Optional.empty();
		}
		Map<Object, RegionInfo> regions = new HashMap<>();
		List<Row> rows = new ArrayList<>();
		for (Stored s : stored) {
			Optional<Occurrence> found = occurrences.find(s.session());
			if (found.isEmpty()) {
				continue;
			}
			Occurrence o = found.get();
			RegionInfo region = regions.computeIfAbsent(o.regionId(), id -> directory.region(o.regionId()));
			// joint presence is told by check-ins: a status recorded by hand (no check-in) tells nothing of it
			Boolean jointly = s.method() == null ? null : s.closed() ? s.jointly() : liveJointly(o, employee);
			rows.add(new Row(o.id(), o.courseTitle(locale), LocalDateTime.ofInstant(o.startsAt(), region.timeZone()), region.name(),
					o.venue(), s.status(), s.method(), s.checkedInAt() == null ? null : LocalDateTime.ofInstant(s.checkedInAt(), region.timeZone()),
					jointly, s.closed()));
		}
		List<Row> closed = rows.stream().filter(Row::closed).toList();
		int attended = (int) closed.stream().filter(r -> "PRESENT".equals(r.status()) || "LATE".equals(r.status())).count();
		int jointly = (int) closed.stream().filter(r -> Boolean.TRUE.equals(r.jointlyPresent())).count();
		return Optional.of(new Content("archive.checkin", "attendance/archive :: section", new View(rows, closed.size(), attended, jointly,
				percent(attended, closed.size()), percent(jointly, closed.size()))));
	}

	private Boolean liveJointly(Occurrence session, EmployeeView employee) {
		return occurrences.seat(session.id(), employee.id())
			.flatMap(seat -> JointPresence.of(seat.groupMembers(), JointPresence.times(jdbc, session.id()), policies.of(session).jointWithin()))
			.map(JointPresence::jointly).orElse(null);
	}

	private static Integer percent(int part, int whole) {
		return whole == 0 ? null : Math.round(100f * part / whole);
	}
}
