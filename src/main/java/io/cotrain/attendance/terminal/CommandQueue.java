package io.cotrain.attendance.terminal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cotrain.attendance.AttendanceSettings;
import io.cotrain.attendance.session.SessionPolicies;
import io.cotrain.attendance.session.SessionPolicy;
import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeeStatus;
import io.cotrain.employee.EmployeeView;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.TenantSettings;
import io.cotrain.training.Occurrences;
import io.cotrain.training.Occurrences.Occurrence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The command queue of ZKTeco devices: commands wait in {@code terminal_command} and go out on every {@code getrequest}
 * (at most {@link #MAX_COMMANDS} lines or {@link #MAX_BYTES} bytes, oldest first) until a {@code devicecmd} line confirms
 * them, so a lost reply only means the command is sent again. Runs in the caller's transaction and scope.
 */
@Component
class CommandQueue {

	static final int MAX_COMMANDS = 200;
	static final int MAX_BYTES = 40 * 1024;
	private static final Pattern RESULT = Pattern.compile("(?:^|&)ID=(\\d+)&Return=(-?\\d+)");

	private final JdbcClient jdbc;
	private final EmployeeDirectory employees;
	private final Occurrences occurrences;
	private final SessionPolicies policies;
	private final TenantSettings settings;
	private final TerminalProperties properties;
	private final Clock clock;

	CommandQueue(JdbcClient jdbc, EmployeeDirectory employees, Occurrences occurrences, SessionPolicies policies, TenantSettings settings,
			TerminalProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.employees = employees;
		this.occurrences = occurrences;
		this.policies = policies;
		this.settings = settings;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Queues {@code DATA UPDATE USERINFO PIN=…<TAB>Name=…} for each employee on the roster of a session of the device's
	 * region that accepts face check-in, whose window has not closed and which starts within
	 * {@code attendance.terminal.push-ahead} (7 days): the people who may check in at the device. A line waiting to be
	 * sent or confirmed is not queued twice; {@code again} queues anew what the device confirmed before (HR's push, e.g.
	 * after the device was reset), else only lines this device never had. Returns how many were queued.
	 */
	int pushRoster(Device device, boolean again, String by) {
		List<String> lines = rosterLines(device.region());
		return lines.isEmpty() ? 0 : jdbc.sql("""
				insert into terminal_command (device_id, command, queued_at, queued_by)
				select :device, c, :now, :by from unnest(cast(:lines as varchar[])) c
				where not exists (select 1 from terminal_command q where q.device_id = :device and q.command = c
				                  and (q.confirmed_at is null or not :again))""")
			.param("device", device.id()).param("lines", lines.toArray(String[]::new)).param("now", Timestamp.from(clock.instant()))
			.param("by", by).param("again", again).update();
	}

	/**
	 * Keeps a polling device's roster current without anyone pressing a button: at most once per
	 * {@code cotrain.terminal.roster-sync} (1 hour) per device, the first {@code getrequest} queues the roster lines it
	 * never had (new sessions, new members, changed PINs or names). Returns how many were queued.
	 */
	int keepRosterCurrent(Device device) {
		Instant now = clock.instant();
		if (device.rosterSyncedAt() != null && device.rosterSyncedAt().isAfter(now.minus(properties.rosterSync()))) {
			return 0; // not due: a poll writes nothing for it
		}
		int due = jdbc.sql("""
				update terminal_device set roster_synced_at = :now where id = :id and (roster_synced_at is null or roster_synced_at <= :due)""")
			.param("now", Timestamp.from(now)).param("due", Timestamp.from(now.minus(properties.rosterSync()))).param("id", device.id())
			.update();
		return due == 0 ? 0 : pushRoster(device, false, device.actor());
	}

	/** The USERINFO lines of the roster members with a terminal PIN, by PIN. */
	private List<String> rosterLines(RegionId region) {
		Instant now = clock.instant();
		Duration ahead = settings.get(AttendanceSettings.TERMINAL_PUSH_AHEAD, region);
		List<Occurrence> sessions = occurrences.scheduledBetween(now, now.plus(ahead)).stream()
			.filter(session -> session.regionId().equals(region))
			.filter(session -> {
				SessionPolicy policy = policies.of(session);
				return policy.methods().face() && policy.window(session).closesAt().isAfter(now);
			})
			.toList();
		Set<EmployeeId> members = new HashSet<>();
		occurrences.members(sessions).values().forEach(roster -> roster.forEach(m -> members.add(m.employeeId())));
		return employees.getAll(members).stream()
			.filter(e -> e.status() == EmployeeStatus.ACTIVE && e.terminalPin() != null && !e.terminalPin().isBlank())
			.sorted(Comparator.comparing(EmployeeView::terminalPin))
			.map(e -> "DATA UPDATE USERINFO PIN=" + clean(e.terminalPin()) + "\tName=" + clean(e.name()))
			.toList();
	}

	/** The reply to {@code getrequest}: the next unconfirmed commands as {@code C:<id>:<command>} lines, or {@code OK}. */
	String next(UUID device) {
		List<Map.Entry<Long, String>> open = jdbc.sql("""
				select id, command from terminal_command where device_id = :device and confirmed_at is null order by id limit :limit""")
			.param("device", device).param("limit", MAX_COMMANDS)
			.query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
		StringBuilder reply = new StringBuilder();
		List<Long> sent = new ArrayList<>();
		for (Map.Entry<Long, String> c : open) {
			String line = "C:" + c.getKey() + ":" + c.getValue() + "\n";
			if (reply.length() > 0 && reply.toString().getBytes(StandardCharsets.UTF_8).length + line.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
				break;
			}
			reply.append(line);
			sent.add(c.getKey());
		}
		if (sent.isEmpty()) {
			return "OK";
		}
		jdbc.sql("update terminal_command set sent_at = :now, sent_count = sent_count + 1 where id in (:ids)")
			.param("now", Timestamp.from(clock.instant())).param("ids", sent).update();
		return reply.toString();
	}

	/** Confirms the commands a {@code devicecmd} body reports ({@code ID=<id>&Return=<code>&CMD=<name>} per line). */
	int confirm(UUID device, String body) {
		int confirmed = 0;
		for (String line : body.split("\r?\n")) {
			Matcher m = RESULT.matcher(line.strip());
			if (m.find()) {
				confirmed += jdbc.sql("""
						update terminal_command set confirmed_at = :now, return_code = :code
						where id = :id and device_id = :device and confirmed_at is null""")
					.param("now", Timestamp.from(clock.instant())).param("code", Integer.parseInt(m.group(2)))
					.param("id", Long.parseLong(m.group(1))).param("device", device).update();
			}
		}
		return confirmed;
	}

	/** A PIN or name inside a tab-separated command line. */
	private static String clean(String value) {
		return value == null ? "" : value.replaceAll("[\\t\\r\\n]", " ").strip();
	}
}
