package io.cotrain.notification.channel.sms;

import java.time.Clock;

import io.cotrain.notification.channel.DeliveryReceipts;
import io.cotrain.notification.channel.SmsGateway;

import org.springframework.stereotype.Component;

/**
 * Creates a tenant's SMS gateway from its settings. The caller owns the gateway: keep it while the settings stay
 * the same (an SMPP gateway holds a bound session) and {@link SmsGateway#close() close} it when they change.
 */
@Component
public class SmsGateways {

	private final Clock clock;

	public SmsGateways(Clock clock) {
		this.clock = clock;
	}

	/** An SMPP client; receipts for its messages go to {@code receipts} (also on threads of the SMPP session). */
	public SmsGateway smpp(SmppSettings settings, DeliveryReceipts receipts) {
		return new SmppSmsGateway(settings, receipts, clock);
	}

	/** A JSON-over-HTTPS client. */
	public SmsGateway http(HttpSmsSettings settings) {
		return new HttpSmsGateway(settings);
	}
}
