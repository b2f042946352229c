package io.cotrain.notification.channel.mail;

import java.time.Clock;

import io.cotrain.notification.channel.MailGateway;

import org.springframework.stereotype.Component;

/** Builds the mail gateway of a tenant's settings. */
@Component
public class MailGateways {

	private final Clock clock;

	MailGateways(Clock clock) {
		this.clock = clock;
	}

	/**
	 * @throws IllegalArgumentException when the settings have {@link MailSettings#problems() problems}
	 */
	public MailGateway smtp(MailSettings settings) {
		return new SmtpMailGateway(settings, clock);
	}
}
