package io.cotrain.attendance.qr;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.cotrain.attendance.AttendanceSettings;
import io.cotrain.tenancy.TenantId;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.tenancy.TenantSettings;

import org.springframework.stereotype.Component;

/**
 * The QR step length of the current tenant, kept per node for {@link QrProperties#stepCache()}: checking a scanned code
 * then needs no database read at all, and a changed setting applies on every node within that time.
 */
@Component
class QrSteps {

	private record Cached(int seconds, long until) {
	}

	private final Map<TenantId, Cached> cache = new ConcurrentHashMap<>();
	private final TenantSettings settings;
	private final long ttlNanos;

	QrSteps(TenantSettings settings, QrProperties properties) {
		this.settings = settings;
		this.ttlNanos = properties.stepCache().toNanos();
	}

	int seconds() {
		TenantId tenant = TenantScope.require().tenant();
		long now = System.nanoTime();
		Cached cached = cache.get(tenant);
		if (cached == null || now - cached.until() > 0) {
			cached = new Cached(settings.get(AttendanceSettings.QR_STEP_SECONDS), now + ttlNanos);
			cache.put(tenant, cached);
		}
		return cached.seconds();
	}
}
