package io.cotrain.notification.delivery;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;

import io.cotrain.notification.Channel;
import io.cotrain.notification.NotificationSettings;
import io.cotrain.notification.channel.Addressee;
import io.cotrain.tenancy.TenantSettings;

import org.springframework.stereotype.Component;

/**
 * Quiet hours (a tenant or region setting) in the recipient's region zone. They hold back the channels that ring a
 * phone — SMS and group robots; in-app and mail wait in an inbox and go at once.
 */
@Component
class QuietHours {

	static final Set<Channel> HELD_BACK = Set.of(Channel.SMS, Channel.ROBOT);

	private final TenantSettings settings;

	QuietHours(TenantSettings settings) {
		this.settings = settings;
	}

	/** When the quiet hours around {@code now} end for the recipient, or empty when it is not quiet there now. */
	Optional<Instant> end(Addressee to, Instant now) {
		LocalTime start = to.region() == null ? settings.get(NotificationSettings.QUIET_START)
				: settings.get(NotificationSettings.QUIET_START, to.region());
		LocalTime end = to.region() == null ? settings.get(NotificationSettings.QUIET_END)
				: settings.get(NotificationSettings.QUIET_END, to.region());
		LocalDateTime local = LocalDateTime.ofInstant(now, to.zone());
		LocalTime time = local.toLocalTime();
		boolean quiet = start.isBefore(end) ? !time.isBefore(start) && time.isBefore(end)
				: start.isAfter(end) && (!time.isBefore(start) || time.isBefore(end));
		if (!quiet) {
			return Optional.empty();
		}
		LocalDateTime until = local.toLocalDate().atTime(end);
		if (!until.isAfter(local)) {
			until = until.plusDays(1);
		}
		return Optional.of(until.atZone(to.zone()).toInstant());
	}
}
