package io.cotrain.notification;

import java.util.Set;

/**
 * A kind of notice, declared as a bean by the module that sends it: its key and the parameters its wording may
 * use. The default wording is in the message bundles ({@code notification.template.<key>.subject} and
 * {@code .body}, optionally {@code notification.template.<key>.<channel>.body}, e.g. a shorter {@code sms} text);
 * tenants may override it per channel and locale. Parameters are written {@code {name}}.
 */
public record NotificationTemplate(String key, Set<String> parameters) {

	public NotificationTemplate {
		parameters = Set.copyOf(parameters);
	}
}
