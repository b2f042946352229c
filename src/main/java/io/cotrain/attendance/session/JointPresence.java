package io.cotrain.attendance.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.UUID;

import io.cotrain.employee.EmployeeId;
import io.cotrain.training.Occurrences.RosterEntry;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whether a group was jointly present at a session: every member checked in, the first and the last no more than the
 * rule apart (DOMAIN.md §3.5, default 10 minutes).
 *
 * @param spread between the first and the last check-in
 */
public record JointPresence(boolean jointly, Duration spread) {

	/**
	 * @param times the check-in time of each member who checked in
	 * @return empty while a member has not checked in
	 */
	public static Optional<JointPresence> of(Collection<EmployeeId> members, Map<UUID, Instant> times, Duration within) {
		if (members.isEmpty() || members.stream().anyMatch(m -> !times.containsKey(m.value()))) {
			return Optional.empty();
		}
		Instant first = members.stream().map(m -> times.get(m.value())).min(Instant::compareTo).orElseThrow();
		Instant last = members.stream().map(m -> times.get(m.value())).max(Instant::compareTo).orElseThrow();
		Duration spread = Duration.between(first, last);
		return Optional.of(new JointPresence(spread.compareTo(within) <= 0, spread));
	}

	/**
	 * Whether each group of the roster was jointly present.
	 *
	 * @param incomplete the answer for a group with a member not checked in (false once the window closed, else null)
	 */
	public static Map<UUID, Boolean> byGroup(List<RosterEntry> roster, Map<UUID, Instant> times, Duration within, Boolean incomplete) {
		Map<UUID, Boolean> joint = new HashMap<>();
		roster.stream().collect(Collectors.groupingBy(RosterEntry::groupId)).forEach((group, entries) -> joint.put(group,
				of(entries.stream().map(RosterEntry::employeeId).toList(), times, within).map(JointPresence::jointly).orElse(incomplete)));
		return joint;
	}

	/** The check-in time of each member of the session who checked in, by employee id. */
	public static Map<UUID, Instant> times(JdbcClient jdbc, UUID session) {
		Map<UUID, Instant> times = new HashMap<>();
		jdbc.sql("select employee_id, checked_in_at from checkin where occurrence_id = :o").param("o", session)
			.query((rs, i) -> times.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant())).list();
		return times;
	}
}
