package io.cotrain.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.cotrain.notification.Channel;
import io.cotrain.notification.NotificationSettings;
import io.cotrain.notification.channel.Addressee;
import io.cotrain.notification.channel.Attempt;
import io.cotrain.notification.channel.ChannelDispatcher;
import io.cotrain.notification.channel.Message;
import io.cotrain.notification.delivery.DeliveryStore.Leased;
import io.cotrain.notification.template.Templates;
import io.cotrain.notification.template.Templates.Rendered;
import io.cotrain.tenancy.TenantSettings;

import org.springframework.stereotype.Component;

/**
 * One attempt at one leased delivery, inside the worker's transaction: resolve the recipient, apply preferences and
 * quiet hours, render in the recipient's locale, hand it to the channel's dispatcher and record the outcome — sent,
 * retried later with exponential backoff, or failed with its reason. Nothing here throws for a bad notice: it ends
 * failed or cancelled with a reason, so no notice is lost.
 */
@Component
class DeliveryAttempt {

	static final String NOT_CONFIGURED = ChannelDispatcher.NOT_CONFIGURED;
	static final String UNKNOWN_RECIPIENT = "notification.error.unknownRecipient";
	static final String MISSING_PARAMETER = "notification.error.missingParameter";
	static final String CHANNEL_OFF = "notification.error.channelOff";
	static final String GAVE_UP = "notification.error.gaveUp";

	private final DeliveryStore store;
	private final Recipients recipients;
	private final Preferences preferences;
	private final QuietHours quietHours;
	private final Templates templates;
	private final TenantSettings settings;
	private final Map<Channel, ChannelDispatcher> dispatchers;
	private final Clock clock;

	DeliveryAttempt(DeliveryStore store, Recipients recipients, Preferences preferences, QuietHours quietHours, Templates templates,
			TenantSettings settings, List<ChannelDispatcher> dispatchers, Clock clock) {
		this.store = store;
		this.recipients = recipients;
		this.preferences = preferences;
		this.quietHours = quietHours;
		this.templates = templates;
		this.settings = settings;
		this.dispatchers = DeliveryWorker.byChannel(dispatchers);
		this.clock = clock;
	}

	void deliver(UUID id, String owner) {
		Optional<Leased> leased = store.lock(id, owner);
		if (leased.isEmpty()) {
			return; // the lease ran out and another worker took it over
		}
		Leased d = leased.get();
		Instant now = clock.instant();
		Optional<Addressee> to = recipients.resolve(d.accountId(), d.employeeId());
		if (to.isEmpty()) {
			finish(d, Attempt.failed(UNKNOWN_RECIPIENT), now);
			return;
		}
		if (!d.mandatory() && !preferences.enabled(d.channel(), to.get().accountId())) {
			store.update(d.id(), DeliveryStatus.CANCELLED, d.attempts(), null, null, CHANNEL_OFF, now);
			return;
		}
		if (!d.mandatory() && QuietHours.HELD_BACK.contains(d.channel())) {
			Optional<Instant> quietUntil = quietHours.end(to.get(), now);
			if (quietUntil.isPresent()) {
				store.update(d.id(), DeliveryStatus.PENDING, d.attempts(), quietUntil.get(), null, null, now);
				return;
			}
		}
		ChannelDispatcher dispatcher = dispatchers.get(d.channel());
		if (dispatcher == null) {
			finish(d, Attempt.failed(NOT_CONFIGURED), now);
			return;
		}
		Rendered text;
		try {
			text = templates.render(d.templateKey(), d.channel(), to.get().locale(), d.params());
		}
		catch (Templates.MissingParameterException e) {
			finish(d, Attempt.failed(MISSING_PARAMETER + ": " + e.parameter()), now);
			return;
		}
		Attempt outcome;
		try {
			outcome = dispatcher.deliver(new Message(d.id(), d.noticeId(), to.get(), text.subject(), text.body(), d.link()));
		}
		catch (RuntimeException e) {
			// a dispatcher should classify instead of throwing; count it as a transient problem so it is retried, then given up
			outcome = Attempt.retry(e.getClass().getSimpleName() + ": " + e.getMessage());
		}
		finish(d, outcome, now);
	}

	private void finish(Leased d, Attempt attempt, Instant now) {
		int attempts = d.attempts() + 1;
		store.logAttempt(d.id(), d.channel(), now, attempt.outcome().name(), attempt.providerMessageId(), attempt.detail());
		switch (attempt.outcome()) {
			case SENT -> store.update(d.id(), d.channel() == Channel.IN_APP ? DeliveryStatus.DELIVERED : DeliveryStatus.SENT, attempts,
					null, attempt.providerMessageId(), null, now);
			case FAILED -> store.update(d.id(), DeliveryStatus.FAILED, attempts, null, null, attempt.detail(), now);
			case RETRY -> {
				if (attempts >= settings.get(NotificationSettings.MAX_ATTEMPTS)) {
					store.update(d.id(), DeliveryStatus.FAILED, attempts, null, null, GAVE_UP + ": " + attempt.detail(), now);
				}
				else {
					store.update(d.id(), DeliveryStatus.PENDING, attempts, now.plus(backoff(attempts)), null, attempt.detail(), now);
				}
			}
		}
	}

	/** base × 2^(attempts − 1), at most the maximum delay. */
	Duration backoff(int attempts) {
		Duration base = settings.get(NotificationSettings.BASE_DELAY);
		Duration max = settings.get(NotificationSettings.MAX_DELAY);
		Duration delay = base.multipliedBy(1L << Math.min(attempts - 1, 20));
		return delay.compareTo(max) > 0 ? max : delay;
	}
}
