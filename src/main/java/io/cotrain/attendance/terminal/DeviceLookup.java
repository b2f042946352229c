package io.cotrain.attendance.terminal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import io.cotrain.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The only place that crosses tenant isolation: a device request names no tenant, only a serial number (ZKTeco) or a URL
 * token (Hikvision), so it is looked up in {@code terminal_registry} (no row security, like {@code tenant}), which holds
 * nothing but these keys → tenant and device id. Every resolution is counted with its time; an unknown key is logged
 * (never a body). Everything after the lookup runs in the resolved tenant's scope. Registration changes write the keys
 * here in the tenant's transaction and are audited there ({@link DeviceService}).
 */
@Component
class DeviceLookup {

	private static final Logger log = LoggerFactory.getLogger(DeviceLookup.class);

	enum Kind {
		SERIAL, TOKEN
	}

	record Resolved(TenantId tenant, UUID device) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	DeviceLookup(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<Resolved> resolve(Kind kind, String value) {
		if (value == null || value.isBlank() || value.length() > 128) {
			return Optional.empty();
		}
		Optional<Resolved> found = jdbc.sql("""
				update terminal_registry set resolutions = resolutions + 1, last_resolved_at = :now
				where kind = :kind and lookup_key = :key returning tenant_id, device_id""")
			.param("now", Timestamp.from(clock.instant())).param("kind", kind.name()).param("key", key(kind, value))
			.query((rs, i) -> new Resolved(new TenantId(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class))).optional();
		if (found.isEmpty()) {
			log.info("Request from an unregistered terminal {} {}", kind, kind == Kind.SERIAL ? printable(value) : "(token withheld)");
		}
		return found;
	}

	boolean taken(Kind kind, String value) {
		return jdbc.sql("select exists (select 1 from terminal_registry where kind = :kind and lookup_key = :key)")
			.param("kind", kind.name()).param("key", key(kind, value)).query(Boolean.class).single();
	}

	/** Called by the registering transaction of the tenant. */
	void add(Kind kind, String value, TenantId tenant, UUID device) {
		jdbc.sql("insert into terminal_registry (kind, lookup_key, tenant_id, device_id) values (:kind, :key, :tenant, :device)")
			.param("kind", kind.name()).param("key", key(kind, value)).param("tenant", tenant.value()).param("device", device).update();
	}

	void remove(Kind kind, UUID device) {
		jdbc.sql("delete from terminal_registry where kind = :kind and device_id = :device").param("kind", kind.name())
			.param("device", device).update();
	}

	/** Serial numbers as they are; tokens only as SHA-256, so the registry reveals no token. */
	private static String key(Kind kind, String value) {
		return kind == Kind.SERIAL ? value : sha256(value);
	}

	private static String sha256(String value) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String printable(String value) {
		return value.replaceAll("[^A-Za-z0-9._-]", "?");
	}
}
