package io.cotrain.notification.delivery;

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
import io.cotrain.notification.template.Templates;
import io.cotrain.notification.template.Templates.Rendered;
import io.cotrain.tenancy.RegionId;

import org.springframework.stereotype.Service;

/**
 * The settings page's "send test message": the test template, in the sender's language, handed straight to the
 * channel's dispatcher (not through the outbox, so the answer — sent, or the reason it failed — shows at once). It
 * goes to the given phone number or address, else to the sender's own; a robot test goes to the robot of the given
 * region (null: the tenant's).
 */
@Service
public class TestMessages {

	private final Recipients recipients;
	private final Templates templates;
	private final Map<Channel, ChannelDispatcher> dispatchers;

	TestMessages(Recipients recipients, Templates templates, List<ChannelDispatcher> dispatchers) {
		this.recipients = recipients;
		this.templates = templates;
		this.dispatchers = DeliveryWorker.byChannel(dispatchers);
	}

	/**
	 * @param sender the signed-in user's account
	 * @param senderName their name, the template's parameter
	 * @param destination a phone number (SMS) or e-mail address (mail) to send to instead of the sender's own, or null
	 * @param robotRegion for robots: the region whose robot to test, or null for the tenant's
	 */
	public Attempt send(Channel channel, UUID sender, String senderName, String destination, RegionId robotRegion) {
		Optional<Addressee> me = recipients.resolve(sender, null);
		if (me.isEmpty()) {
			return Attempt.failed(DeliveryAttempt.UNKNOWN_RECIPIENT);
		}
		Addressee own = me.get();
		String target = destination == null || destination.isBlank() ? null : destination.strip();
		Addressee to = new Addressee(own.accountId(), own.employeeId(),
				channel == Channel.SMS && target != null ? target : own.phone(),
				channel == Channel.MAIL && target != null ? target : own.email(), own.locale(),
				channel == Channel.ROBOT ? robotRegion : own.region(), own.zone());
		ChannelDispatcher dispatcher = dispatchers.get(channel);
		if (dispatcher == null || channel == Channel.IN_APP) {
			return Attempt.failed(DeliveryAttempt.NOT_CONFIGURED);
		}
		Rendered text = templates.render(NotificationSettings.TEST.key(), channel, own.locale(), Map.of("sender", senderName));
		try {
			return dispatcher.deliver(new Message(UUID.randomUUID(), null, to, text.subject(), text.body(), null));
		}
		catch (RuntimeException e) {
			return Attempt.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
		}
	}
}
