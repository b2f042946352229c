package io.cotrain.notification.channel;

import java.time.Instant;

/** Where a gateway reports the provider's delivery receipts (SMPP {@code deliver_sm}) for messages it sent. */
@FunctionalInterface
public interface DeliveryReceipts {

	/**
	 * @param providerMessageId the id the provider gave when it accepted the message ({@link Attempt#providerMessageId()})
	 * @param status what became of it
	 * @param at when the provider says it happened (its "done date"), or the time of receipt
	 * @param detail the provider's error code or state text, or null
	 */
	void received(String providerMessageId, Status status, Instant at, String detail);

	enum Status {
		DELIVERED, UNDELIVERABLE, EXPIRED, REJECTED, UNKNOWN
	}
}
