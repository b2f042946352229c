package io.cotrain.attendance.qr;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Machine limits of QR check-in ({@code cotrain.attendance.qr.*}), which apply before a tenant's data is read.
 *
 * @param expiredLookBack how far back a refused code is still recognised as the session's own, expired code (so the
 *        scanner is told to scan again rather than that the code is invalid); one HMAC per step (1 h: 240 at 15 s)
 * @param stepCache how long a node keeps a tenant's QR step length ({@code attendance.qr.step-seconds}) before reading
 *        it again (30 s), so that checking a code reads nothing from the database
 */
@ConfigurationProperties("cotrain.attendance.qr")
public record QrProperties(Duration expiredLookBack, Duration stepCache) {

	public QrProperties {
		expiredLookBack = expiredLookBack == null ? Duration.ofHours(1) : expiredLookBack;
		stepCache = stepCache == null ? Duration.ofSeconds(30) : stepCache;
		if (expiredLookBack.isNegative() || expiredLookBack.compareTo(Duration.ofDays(1)) > 0 || stepCache.isNegative()) {
			throw new IllegalArgumentException("cotrain.attendance.qr: expired-look-back 0..24h and step-cache >= 0");
		}
	}
}
