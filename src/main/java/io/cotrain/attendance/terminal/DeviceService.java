package io.cotrain.attendance.terminal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import io.cotrain.attendance.Terminals;
import io.cotrain.attendance.terminal.DeviceLookup.Kind;
import io.cotrain.runtime.SecretCipher;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.shared.RuleViolationException.Violation;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.CurrentUser;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantScope;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The device registry: registration, changes, enabling, the secrets (encrypted) and the global lookup keys. */
@Service
class DeviceService implements Terminals {

	private static final Pattern SERIAL = Pattern.compile("[A-Za-z0-9._-]{1,64}");
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~-]{8,128}");
	private static final String SELECT = "select " + Device.COLUMNS + ", last_contact_at, last_contact_ip from terminal_device";

	private final JdbcClient jdbc;
	private final DeviceLookup lookup;
	private final SecretCipher cipher;
	private final TenantDirectory directory;
	private final AuditLog audit;
	private final Accounts accounts;
	private final CommandQueue commands;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	DeviceService(JdbcClient jdbc, DeviceLookup lookup, SecretCipher cipher, TenantDirectory directory, AuditLog audit, Accounts accounts,
			CommandQueue commands, Clock clock) {
		this.jdbc = jdbc;
		this.lookup = lookup;
		this.cipher = cipher;
		this.directory = directory;
		this.audit = audit;
		this.accounts = accounts;
		this.commands = commands;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Terminal> list() {
		return jdbc.sql(SELECT + " order by name, serial_no").query(DeviceService::terminal).list();
	}

	@Override
	@Transactional(readOnly = true)
	public Terminal get(UUID id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(DeviceService::terminal).optional()
			.orElseThrow(() -> new NotFoundException("device", id));
	}

	/** The device in the current scope (protocol endpoints: the resolved tenant's). */
	Optional<Device> device(UUID id) {
		return jdbc.sql("select " + Device.COLUMNS + " from terminal_device where id = :id").param("id", id).query(Device::read).optional();
	}

	@Override
	@Transactional
	public Terminal register(TerminalForm form) {
		Checked checked = check(form, null);
		UUID id = UUID.randomUUID();
		String secret = form.vendor() == Vendor.HIKVISION && blank(form.secret()) ? randomToken() : trimToNull(form.secret());
		List<Violation> taken = new ArrayList<>();
		if (lookup.taken(Kind.SERIAL, checked.serial())) {
			taken.add(new Violation("serialNo", "attendance.device.serialTaken"));
		}
		if (form.vendor() == Vendor.HIKVISION && lookup.taken(Kind.TOKEN, secret)) {
			taken.add(new Violation("secret", "attendance.device.tokenTaken"));
		}
		if (!taken.isEmpty()) {
			throw new RuleViolationException(taken);
		}
		String by = by();
		Timestamp now = Timestamp.from(clock.instant());
		try {
			jdbc.sql("""
					insert into terminal_device (id, region_id, vendor, serial_no, name, location, time_zone, secret, created_at, created_by,
					  updated_at, updated_by)
					values (:id, :region, :vendor, :serial, :name, :location, :zone, :secret, :now, :by, :now, :by)""")
				.param("id", id).param("region", form.region().value()).param("vendor", form.vendor().name()).param("serial", checked.serial())
				.param("name", form.name().strip()).param("location", trimToNull(form.location())).param("zone", checked.zone().getId())
				.param("secret", secret == null ? null : cipher.encrypt(secret)).param("now", now).param("by", by).update();
			lookup.add(Kind.SERIAL, checked.serial(), TenantScope.require().tenant(), id);
			if (form.vendor() == Vendor.HIKVISION) {
				lookup.add(Kind.TOKEN, secret, TenantScope.require().tenant(), id);
			}
		}
		catch (DuplicateKeyException e) {
			throw RuleViolationException.of("serialNo", "attendance.device.serialTaken");
		}
		audit.record("TERMINAL_REGISTERED", "terminal_device", id, details(form.vendor(), checked, form));
		return get(id);
	}

	@Override
	@Transactional
	public Terminal update(UUID id, TerminalForm form) {
		Terminal before = get(id);
		Checked checked = check(new TerminalForm(before.vendor(), before.serialNo(), form.name(), form.region(), form.location(),
				form.timeZone(), form.secret()), before);
		String secret = trimToNull(form.secret());
		if (secret != null && before.vendor() == Vendor.HIKVISION) {
			if (lookup.taken(Kind.TOKEN, secret)) {
				throw RuleViolationException.of("secret", "attendance.device.tokenTaken");
			}
			lookup.remove(Kind.TOKEN, id);
			lookup.add(Kind.TOKEN, secret, TenantScope.require().tenant(), id);
		}
		jdbc.sql("""
				update terminal_device set name = :name, region_id = :region, location = :location, time_zone = :zone,
				  secret = coalesce(:secret, secret), updated_at = :now, updated_by = :by where id = :id""")
			.param("name", form.name().strip()).param("region", form.region().value()).param("location", trimToNull(form.location()))
			.param("zone", checked.zone().getId()).param("secret", secret == null ? null : cipher.encrypt(secret))
			.param("now", Timestamp.from(clock.instant())).param("by", by()).param("id", id).update();
		Map<String, Object> details = details(before.vendor(), checked, form);
		details.put("secretChanged", secret != null);
		audit.record("TERMINAL_CHANGED", "terminal_device", id, details);
		return get(id);
	}

	@Override
	@Transactional
	public Terminal setEnabled(UUID id, boolean enabled) {
		Terminal before = get(id);
		if (before.enabled() != enabled) {
			jdbc.sql("update terminal_device set enabled = :enabled, updated_at = :now, updated_by = :by where id = :id")
				.param("enabled", enabled).param("now", Timestamp.from(clock.instant())).param("by", by()).param("id", id).update();
			audit.record(enabled ? "TERMINAL_ENABLED" : "TERMINAL_DISABLED", "terminal_device", id, Map.of("serialNo", before.serialNo()));
		}
		return get(id);
	}

	@Override
	@Transactional
	public int pushEmployees(UUID id) {
		Terminal device = get(id);
		if (device.vendor() != Vendor.ZKTECO) {
			throw RuleViolationException.of(null, "attendance.device.pushZktecoOnly");
		}
		int queued = commands.pushRoster(device(id).orElseThrow(), true, by());
		audit.record("TERMINAL_EMPLOYEES_PUSHED", "terminal_device", id, Map.of("serialNo", device.serialNo(), "queued", queued));
		return queued;
	}

	@Override
	@Transactional(readOnly = true)
	public String secret(UUID id) {
		get(id);
		return device(id).map(Device::secret).map(cipher::decrypt).orElse(null);
	}

	private record Checked(String serial, ZoneId zone) {
	}

	private Checked check(TerminalForm form, Terminal existing) {
		List<Violation> problems = new ArrayList<>();
		if (form.vendor() == null) {
			problems.add(new Violation("vendor", "attendance.device.vendorRequired"));
		}
		String serial = form.serialNo() == null ? "" : form.serialNo().strip();
		if (!SERIAL.matcher(serial).matches()) {
			problems.add(new Violation("serialNo", "attendance.device.serialInvalid"));
		}
		if (blank(form.name()) || form.name().strip().length() > 100) {
			problems.add(new Violation("name", "attendance.device.nameRequired"));
		}
		if (form.location() != null && form.location().strip().length() > 300) {
			problems.add(new Violation("location", "attendance.device.locationTooLong"));
		}
		RegionInfo region = null;
		if (form.region() == null) {
			problems.add(new Violation("region", "attendance.device.regionRequired"));
		}
		else {
			region = directory.regions().stream().filter(r -> r.id().equals(form.region())).findFirst().orElse(null);
			if (region == null) {
				problems.add(new Violation("region", "attendance.device.regionNotAllowed"));
			}
		}
		ZoneId zone = null;
		try {
			zone = blank(form.timeZone()) ? (region == null ? null : region.timeZone()) : ZoneId.of(form.timeZone().strip());
		}
		catch (DateTimeException e) {
			problems.add(new Violation("timeZone", "attendance.device.timeZoneInvalid"));
		}
		String secret = trimToNull(form.secret());
		if (secret != null && form.vendor() == Vendor.HIKVISION && !TOKEN.matcher(secret).matches()) {
			problems.add(new Violation("secret", "attendance.device.tokenInvalid"));
		}
		if (secret != null && form.vendor() == Vendor.ZKTECO && secret.length() > 64) {
			problems.add(new Violation("secret", "attendance.device.keyTooLong"));
		}
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		return new Checked(existing == null ? serial : existing.serialNo(), Objects.requireNonNull(zone));
	}

	private static Map<String, Object> details(Vendor vendor, Checked checked, TerminalForm form) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("vendor", vendor.name());
		details.put("serialNo", checked.serial());
		details.put("name", form.name().strip());
		details.put("regionId", form.region().value().toString());
		details.put("location", form.location() == null ? "" : form.location().strip());
		details.put("timeZone", checked.zone().getId());
		return details;
	}

	private static Terminal terminal(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Device d = Device.read(rs, row);
		Timestamp contact = rs.getTimestamp("last_contact_at");
		return new Terminal(d.id(), d.vendor(), d.serialNo(), d.name(), d.region(), d.location(), d.zone(), d.secret() != null, d.enabled(),
				contact == null ? null : contact.toInstant(), rs.getString("last_contact_ip"));
	}

	private String by() {
		return accounts.current().map(CurrentUser::username).orElse("system");
	}

	private String randomToken() {
		byte[] bytes = new byte[18];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String trimToNull(String value) {
		return blank(value) ? null : value.strip();
	}
}
