package io.cotrain.attendance;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import io.cotrain.tenancy.RegionId;

/**
 * The face terminals of the tenant (ZKTeco PUSH and Hikvision ISAPI devices), as HR and region admins register them: each
 * belongs to one region, is known by a serial number unique across all tenants, and has a location (matched against a
 * session's venue) and a time zone (the region's by default). Reads and changes run in the caller's scope; registration
 * changes are audited.
 */
public interface Terminals {

	enum Vendor {
		ZKTECO, HIKVISION
	}

	/**
	 * What is entered for a device. {@code secret}: the ZKTeco pushcommkey (optional) or the Hikvision URL token (a random
	 * one when blank); on a change, blank keeps the stored secret. {@code timeZone} blank: the region's.
	 */
	record TerminalForm(Vendor vendor, String serialNo, String name, RegionId region, String location, String timeZone,
			String secret) {
	}

	/** A registered device; its secret is never shown (only whether it has one). */
	record Terminal(UUID id, Vendor vendor, String serialNo, String name, RegionId region, String location, ZoneId timeZone,
			boolean hasSecret, boolean enabled, Instant lastContactAt, String lastContactIp) {
	}

	List<Terminal> list();

	/** @throws io.cotrain.shared.NotFoundException when the scope does not see it */
	Terminal get(UUID id);

	/**
	 * Registers a device. A ZKTeco device gets its roster on its first {@code getrequest}, and new roster members
	 * (at most once an hour) on later ones: the employees {@link #pushEmployees} names.
	 *
	 * @throws io.cotrain.shared.RuleViolationException {@code attendance.device.*} on the fields, e.g. a serial number
	 *         already registered (in any tenant, without saying which)
	 */
	Terminal register(TerminalForm form);

	Terminal update(UUID id, TerminalForm form);

	Terminal setEnabled(UUID id, boolean enabled);

	/**
	 * Queues {@code DATA UPDATE USERINFO} (PIN and name) again for every active employee on the roster of a session of
	 * the device's region that accepts face check-in, has not closed and starts within
	 * {@code attendance.terminal.push-ahead} (ZKTeco only), so the device knows their PINs (e.g. after it was reset);
	 * returns how many were queued.
	 */
	int pushEmployees(UUID id);

	/** The secret of a device for its installer (the Hikvision URL token); null when it has none. */
	String secret(UUID id);
}
