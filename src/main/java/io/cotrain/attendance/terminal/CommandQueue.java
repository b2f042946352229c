package io.cotrain.attendance.terminal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.EmployeePage;
import io.cotrain.employee.EmployeeQuery;
import io.cotrain.employee.EmployeeStatus;
import io.cotrain.employee.EmployeeView;
import io.cotrain.tenancy.RegionId;

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
	private final Clock clock;

	CommandQueue(JdbcClient jdbc, EmployeeDirectory employees, Clock clock) {
		this.jdbc = jdbc;
		this.employees = employees;
		this.clock = clock;
	}

	/**
	 * Queues {@code DATA UPDATE USERINFO PIN=…<TAB>Name=…} for each active employee of the region (one not yet sent or
	 * confirmed with the same text is not queued twice); returns how many were queued.
	 */
	int pushEmployees(UUID device, RegionId region, String by) {
		List<String> lines = new ArrayList<>();
		EmployeePage page;
		int index = 0;
		do {
			page = employees.search(new EmployeeQuery(null, region, null, null, null, null, EmployeeStatus.ACTIVE, index++, EmployeeQuery.MAX_SIZE));
			for (EmployeeView e : page.content()) {
				lines.add("DATA UPDATE USERINFO PIN=" + clean(e.terminalPin()) + "\tName=" + clean(e.name()));
			}
		}
		while (index < page.totalPages());
		return lines.isEmpty() ? 0 : jdbc.sql("""
				insert into terminal_command (device_id, command, queued_at, queued_by)
				select :device, c, :now, :by from unnest(cast(:lines as varchar[])) c
				where not exists (select 1 from terminal_command q where q.device_id = :device and q.command = c and q.confirmed_at is null)""")
			.param("device", device).param("lines", lines.toArray(String[]::new)).param("now", Timestamp.from(clock.instant()))
			.param("by", by).update();
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
