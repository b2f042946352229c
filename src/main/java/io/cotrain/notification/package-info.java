/**
 * Notification centre (issue 4): the one way every module reaches people — in-app inbox, SMS (SMPP or an HTTP
 * gateway), mail and group-robot webhooks — templated, bilingual, delivered reliably from an outbox after the
 * caller's commit, with retries, dedupe, preferences and quiet hours. Other modules call {@link Notifications} inside
 * their transaction (or publish {@link NotificationRequested}) and declare their {@link NotificationTemplate}s.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "tenancy", "shared", "portal", "employee", "runtime" })
package io.cotrain.notification;
