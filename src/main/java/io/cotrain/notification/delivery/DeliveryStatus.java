package io.cotrain.notification.delivery;

/** Where a delivery stands. */
public enum DeliveryStatus {
	/** Waiting for its time (new, retry or after quiet hours). */
	PENDING,
	/** Leased by a worker. */
	SENDING,
	/** Accepted by the provider; a receipt may still come. */
	SENT,
	/** In the inbox, or confirmed by the provider's receipt. */
	DELIVERED,
	/** Given up, with the reason. */
	FAILED,
	/** Not sent: the channel is switched off for the recipient. */
	CANCELLED
}
