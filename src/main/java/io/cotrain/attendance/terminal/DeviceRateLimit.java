package io.cotrain.attendance.terminal;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests per device and clock minute (a fixed window per device key, in memory on each node). A device over its limit
 * is told when the next minute starts.
 */
final class DeviceRateLimit {

	private static final int MAX_KEYS = 100_000;

	private record Window(long minute, int count) {
	}

	private final int perMinute;
	private final Clock clock;
	private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

	DeviceRateLimit(int perMinute, Clock clock) {
		this.perMinute = perMinute;
		this.clock = clock;
	}

	/** 0 when the request may pass, else the seconds until it may try again. */
	long acquire(String device) {
		long millis = clock.millis();
		long minute = millis / 60_000;
		if (windows.size() > MAX_KEYS) {
			windows.values().removeIf(w -> w.minute() < minute);
		}
		Window now = windows.compute(device.length() > 200 ? device.substring(0, 200) : device,
				(k, w) -> w == null || w.minute() != minute ? new Window(minute, 1) : new Window(minute, w.count() + 1));
		return now.count() <= perMinute ? 0 : Math.max(1, ((minute + 1) * 60_000 - millis + 999) / 1000);
	}
}
