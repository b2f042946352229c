package io.cotrain.notification.channel;

import io.cotrain.notification.Channel;

/**
 * Hands a rendered message to one channel (the delivery worker's SPI; one bean per channel). Called in the tenant's
 * scope, inside the worker's transaction for the delivery. It classifies the outcome instead of throwing; a
 * channel the tenant has not configured answers {@code Attempt.failed(NOT_CONFIGURED)}.
 */
public interface ChannelDispatcher {

	/** The reason of a channel without dispatcher or without the tenant's configuration. */
	String NOT_CONFIGURED = "notification.error.channelNotConfigured";

	Channel channel();

	Attempt deliver(Message message);
}
