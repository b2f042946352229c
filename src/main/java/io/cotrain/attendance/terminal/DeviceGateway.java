package io.cotrain.attendance.terminal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import io.cotrain.attendance.Terminals.Vendor;
import io.cotrain.attendance.terminal.DeviceLookup.Kind;
import io.cotrain.runtime.SecretCipher;
import io.cotrain.tenancy.TenantScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a device request: the device is looked up by its serial number or token ({@link DeviceLookup}), then the work runs in
 * its tenant's all-regions scope and one transaction, only for a device that is enabled and — a ZKTeco device with a
 * pushcommkey — sent the right key. The device's last contact is noted in the same transaction. Empty: unknown device.
 */
@Component
class DeviceGateway {

	private final DeviceLookup lookup;
	private final DeviceService devices;
	private final SecretCipher cipher;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final Clock clock;

	DeviceGateway(DeviceLookup lookup, DeviceService devices, SecretCipher cipher, JdbcClient jdbc, PlatformTransactionManager transactions,
			Clock clock) {
		this.lookup = lookup;
		this.devices = devices;
		this.cipher = cipher;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** A ZKTeco request by {@code SN} (and {@code pushcommkey} when the device has one). */
	<T> Optional<T> zkteco(String serial, String commKey, String ip, Function<Device, T> work) {
		return run(Kind.SERIAL, serial, ip, d -> d.vendor() == Vendor.ZKTECO && keyMatches(d, commKey), work);
	}

	/** A Hikvision request by the token of its URL. */
	<T> Optional<T> hikvision(String token, String ip, Function<Device, T> work) {
		return run(Kind.TOKEN, token, ip, d -> d.vendor() == Vendor.HIKVISION, work);
	}

	/** Empty for an unknown, disabled or untrusted device; {@code work} itself never returns null. */
	private <T> Optional<T> run(Kind kind, String key, String ip, Predicate<Device> trusted, Function<Device, T> work) {
		return lookup.resolve(kind, key).map(found -> TenantScope.call(TenantScope.allRegions(found.tenant()),
				() -> transaction.execute(s -> devices.device(found.device()).filter(Device::enabled).filter(trusted).map(device -> {
					touch(device, ip);
					return work.apply(device);
				}).orElse(null))));
	}

	private void touch(Device device, String ip) {
		jdbc.sql("update terminal_device set last_contact_at = :now, last_contact_ip = :ip where id = :id")
			.param("now", Timestamp.from(clock.instant())).param("ip", ip == null || ip.length() > 64 ? null : ip).param("id", device.id())
			.update();
	}

	private boolean keyMatches(Device device, String commKey) {
		if (device.secret() == null) {
			return true;
		}
		return commKey != null && MessageDigest.isEqual(cipher.decrypt(device.secret()).getBytes(StandardCharsets.UTF_8),
				commKey.getBytes(StandardCharsets.UTF_8));
	}
}
