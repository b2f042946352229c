package io.cotrain.notification.channel;

import java.util.Objects;

/**
 * What one attempt to hand a message to a channel's provider came to. Adapters never throw for a provider's
 * answer or a network problem: they classify it, so the delivery worker can retry, give up or record the
 * provider's id.
 *
 * @param outcome {@link Outcome#SENT} the provider accepted it; {@link Outcome#RETRY} a transient problem
 *        (connection refused or lost, timeout, throttling, 5xx); {@link Outcome#FAILED} a permanent refusal
 *        (invalid number or address, authentication refused, 4xx, unknown robot)
 * @param providerMessageId the provider's id of the accepted message (SMPP message id, mail Message-ID), or null;
 *        for a message sent in several parts, the id of the last part (the one whose receipt completes it)
 * @param detail a short technical reason for the log (never a password or secret), or null
 */
public record Attempt(Outcome outcome, String providerMessageId, String detail) {

	public enum Outcome {
		SENT, RETRY, FAILED
	}

	public Attempt {
		Objects.requireNonNull(outcome, "outcome");
	}

	public static Attempt sent(String providerMessageId) {
		return new Attempt(Outcome.SENT, providerMessageId, null);
	}

	public static Attempt retry(String detail) {
		return new Attempt(Outcome.RETRY, null, detail);
	}

	public static Attempt failed(String detail) {
		return new Attempt(Outcome.FAILED, null, detail);
	}
}
