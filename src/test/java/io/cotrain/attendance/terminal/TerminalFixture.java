package io.cotrain.attendance.terminal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cotrain.attendance.Terminals;
import io.cotrain.attendance.Terminals.Terminal;
import io.cotrain.attendance.Terminals.TerminalForm;
import io.cotrain.attendance.Terminals.Vendor;
import io.cotrain.employee.TestStaff;
import io.cotrain.tenancy.RegionInfo;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A test company ({@link TestStaff}) with helpers to register devices and read what was stored for them. */
final class TerminalFixture {

	static final String VENUE = "上海总部 3F 培训室";

	final TestStaff staff;
	private final Terminals terminals;
	private final JdbcClient jdbc;

	TerminalFixture(TestStaff staff, Terminals terminals, JdbcClient jdbc) {
		this.staff = staff;
		this.terminals = terminals;
		this.jdbc = jdbc;
	}

	Terminal zkteco(String serial, RegionInfo region, String zone, String key) {
		return staff.in(() -> terminals.register(new TerminalForm(Vendor.ZKTECO, serial, "ZK " + serial, region.id(), VENUE, zone, key)));
	}

	Terminal hikvision(String serial, String token) {
		return staff.in(() -> terminals.register(new TerminalForm(Vendor.HIKVISION, serial, "HIK " + serial, staff.east.id(), VENUE, null,
				token)));
	}

	/** The device's punches in the order received, as pin|local time|instant|status|verify|state|reason. */
	List<String> punches(UUID device) {
		return staff.in(() -> jdbc.sql("""
				select pin || '|' || local_time || '|' || to_char(punched_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') || '|'
				  || coalesce(status, '') || '|' || coalesce(verify, '') || '|' || state || '|' || coalesce(reason, '')
				from terminal_punch where device_id = :d order by punched_at, pin""").param("d", device).query(String.class).list());
	}

	List<Map<String, Object>> rows(String sql, UUID device) {
		return staff.in(() -> jdbc.sql(sql).param("d", device).query().listOfRows());
	}

	static String serial() {
		return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(java.util.Locale.ROOT);
	}
}
