package io.cotrain.attendance.terminal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import io.cotrain.attendance.Terminals.Vendor;
import io.cotrain.tenancy.RegionId;

/** A registered device as the protocol endpoints need it; {@code secret} is the ciphertext. */
record Device(UUID id, RegionId region, Vendor vendor, String serialNo, String name, String location, ZoneId zone, String secret,
		boolean enabled, Instant rosterSyncedAt) {

	static final String COLUMNS = "id, region_id, vendor, serial_no, name, location, time_zone, secret, enabled, roster_synced_at";

	static Device read(ResultSet rs, int row) throws SQLException {
		return new Device(rs.getObject("id", UUID.class), new RegionId(rs.getObject("region_id", UUID.class)),
				Vendor.valueOf(rs.getString("vendor")), rs.getString("serial_no"), rs.getString("name"), rs.getString("location"),
				ZoneId.of(rs.getString("time_zone")), rs.getString("secret"), rs.getBoolean("enabled"),
				rs.getTimestamp("roster_synced_at") == null ? null : rs.getTimestamp("roster_synced_at").toInstant());
	}

	/** Who records what this device brings, in check-ins and audit entries. */
	String actor() {
		return "terminal:" + serialNo;
	}
}
