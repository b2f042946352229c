package io.cotrain.notification;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Set;

import io.cotrain.tenancy.Setting;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The notification centre's numbers (per tenant; quiet hours also per region) and its own template. */
@Configuration(proxyBeanMethods = false)
public class NotificationSettings {

	/** Attempts per delivery before it is marked failed. */
	public static final Setting<Integer> MAX_ATTEMPTS = Setting.integer("notification.retry.max-attempts", 5, 1, 20, false);

	/** Delay before the second attempt; each further attempt waits twice as long, up to {@link #MAX_DELAY}. */
	public static final Setting<Duration> BASE_DELAY = Setting.duration("notification.retry.base-delay", Duration.ofMinutes(1),
			Duration.ofSeconds(1), Duration.ofHours(1), false);

	public static final Setting<Duration> MAX_DELAY = Setting.duration("notification.retry.max-delay", Duration.ofHours(1),
			Duration.ofSeconds(1), Duration.ofDays(1), false);

	/** A dedupe key used again within this window sends nothing. */
	public static final Setting<Duration> DEDUPE_WINDOW = Setting.duration("notification.dedupe.window", Duration.ofHours(24),
			Duration.ofMinutes(1), Duration.ofDays(30), false);

	/** Quiet hours in the recipient's region zone: SMS and robot messages wait until they end (equal times: none). */
	public static final Setting<LocalTime> QUIET_START = Setting.time("notification.quiet-hours.start", LocalTime.of(22, 0), true);

	public static final Setting<LocalTime> QUIET_END = Setting.time("notification.quiet-hours.end", LocalTime.of(7, 0), true);

	/** The template of the "send test message" check. */
	public static final NotificationTemplate TEST = new NotificationTemplate("notification.test", Set.of("sender"));

	@Bean
	Setting<Integer> notificationMaxAttempts() {
		return MAX_ATTEMPTS;
	}

	@Bean
	Setting<Duration> notificationBaseDelay() {
		return BASE_DELAY;
	}

	@Bean
	Setting<Duration> notificationMaxDelay() {
		return MAX_DELAY;
	}

	@Bean
	Setting<Duration> notificationDedupeWindow() {
		return DEDUPE_WINDOW;
	}

	@Bean
	Setting<LocalTime> notificationQuietStart() {
		return QUIET_START;
	}

	@Bean
	Setting<LocalTime> notificationQuietEnd() {
		return QUIET_END;
	}

	@Bean
	NotificationTemplate notificationTestTemplate() {
		return TEST;
	}
}
