package io.cotrain.attendance.terminal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores raw punches before a device is told OK: a whole ATTLOG batch in one statement (arrays unnested), duplicates
 * skipped by the unique indexes ({@code on conflict do nothing}: ZKTeco device + PIN + device-local time, Hikvision
 * device + serialNo); a punch more than {@link TerminalProperties#quarantineAfter} ahead of the server's clock is kept as
 * QUARANTINED (a wrong device clock), never matched. Runs in the caller's transaction and scope.
 */
@Component
class PunchStore {

	/** A punch about to be stored; {@code state} NEW, or REJECTED for a failed verification (with {@code reason}). */
	record Punch(String pin, Instant at, String localTime, String status, String verify, String workcode, Long eventSerial, String raw,
			String state, String reason) {
	}

	static final String FUTURE = "attendance.punch.future";

	private final JdbcClient jdbc;
	private final Clock clock;
	private final TerminalProperties properties;

	PunchStore(JdbcClient jdbc, Clock clock, TerminalProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
	}

	/** Stores what is new among {@code punches}; returns how many rows were added (re-sent ones add none). */
	int store(Device device, String source, List<Punch> punches) {
		if (punches.isEmpty()) {
			return 0;
		}
		Instant now = clock.instant();
		Instant latest = now.plus(properties.quarantineAfter());
		int n = punches.size();
		String[] pins = new String[n], at = new String[n], local = new String[n], status = new String[n],
				verify = new String[n], workcode = new String[n], serial = new String[n], raw = new String[n], state = new String[n],
				reason = new String[n];
		for (int i = 0; i < n; i++) {
			Punch p = punches.get(i);
			boolean future = p.at().isAfter(latest);
			pins[i] = p.pin();
			at[i] = p.at().toString();
			local[i] = p.localTime();
			status[i] = p.status();
			verify[i] = p.verify();
			workcode[i] = p.workcode();
			serial[i] = p.eventSerial() == null ? null : p.eventSerial().toString();
			raw[i] = p.raw();
			state[i] = future ? "QUARANTINED" : p.state();
			reason[i] = future ? FUTURE : p.reason();
		}
		return jdbc.sql("""
				insert into terminal_punch (id, region_id, device_id, source, pin, punched_at, local_time, status, verify, workcode,
				  event_serial, raw, received_at, state, reason)
				select gen_random_uuid(), :region, :device, :source, u.pin, cast(u.at as timestamptz), u.local, u.status, u.verify, u.workcode,
				  cast(u.serial as bigint), u.raw, :now, u.state, u.reason
				from unnest(cast(:pins as text[]), cast(:at as text[]), cast(:local as text[]),
				  cast(:status as text[]), cast(:verify as text[]), cast(:workcode as text[]), cast(:serial as text[]),
				  cast(:raw as text[]), cast(:state as text[]), cast(:reason as text[]))
				  as u(pin, at, local, status, verify, workcode, serial, raw, state, reason)
				on conflict do nothing""")
			.param("region", device.region().value()).param("device", device.id()).param("source", source)
			.param("now", Timestamp.from(now)).param("pins", pins).param("at", at).param("local", local)
			.param("status", status).param("verify", verify).param("workcode", workcode).param("serial", serial).param("raw", raw)
			.param("state", state).param("reason", reason).update();
	}

	/** The stored punch of the device with this event serial (Hikvision {@code serialNo}). */
	java.util.Optional<java.util.UUID> idOf(Device device, long eventSerial) {
		return jdbc.sql("select id from terminal_punch where device_id = :d and event_serial = :s").param("d", device.id())
			.param("s", eventSerial).query(java.util.UUID.class).optional();
	}

	/** Remembers the Stamp of a stored upload for the next handshake. */
	void stamp(Device device, String table, String stamp) {
		if (stamp == null || stamp.isBlank() || stamp.length() > 32) {
			return;
		}
		jdbc.sql("""
				insert into terminal_stamp (device_id, table_name, stamp, updated_at) values (:device, :table, :stamp, :now)
				on conflict (device_id, table_name) do update set stamp = excluded.stamp, updated_at = excluded.updated_at""")
			.param("device", device.id()).param("table", table).param("stamp", stamp.strip()).param("now", Timestamp.from(clock.instant()))
			.update();
	}

	String stampOf(Device device, String table) {
		return jdbc.sql("select stamp from terminal_stamp where device_id = :device and table_name = :table").param("device", device.id())
			.param("table", table).query(String.class).optional().orElse("0");
	}

	/** The PINs of OPERLOG USER lines: what the device holds (PIN only). */
	void devicePins(Device device, List<String> pins) {
		if (!pins.isEmpty()) {
			jdbc.sql("""
					insert into terminal_device_pin (device_id, pin, seen_at) select :device, p, :now from unnest(cast(:pins as text[])) p
					on conflict (device_id, pin) do update set seen_at = excluded.seen_at""")
				.param("device", device.id()).param("pins", pins.stream().distinct().toArray(String[]::new))
				.param("now", Timestamp.from(clock.instant())).update();
		}
	}
}
