package io.cotrain.notification;

import java.util.Objects;

/**
 * The event form of {@link Notifications#send}: a module publishes it inside its transaction and the notification
 * module records the notice in that same transaction (so a rollback drops it with the rest).
 */
public record NotificationRequested(Notice notice) {

	public NotificationRequested {
		Objects.requireNonNull(notice, "notice");
	}
}
