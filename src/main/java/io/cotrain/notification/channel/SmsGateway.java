package io.cotrain.notification.channel;

/**
 * Hands text messages to a tenant's SMS provider: {@code SmppSmsGateway} (SMPP 3.4) or {@code HttpSmsGateway}
 * (JSON over HTTPS). One instance per tenant configuration; thread-safe; {@link #close()} releases its connection.
 */
public interface SmsGateway extends AutoCloseable {

	/** Sends one message (split into parts when long); never throws for provider or network problems. */
	Attempt send(SmsMessage message);

	@Override
	void close();

	/**
	 * @param to the recipient in E.164, e.g. {@code +8613800000000}
	 * @param text the whole text (any length; Chinese allowed)
	 */
	record SmsMessage(String to, String text) {
	}
}
