package io.cotrain.notification.delivery;

/**
 * A delivery's reason as stored: {@code notification.error.<x>} (a message key) optionally followed by {@code ": "}
 * and the provider's own words, or just the provider's words.
 *
 * @param key the message key, or null when the text has none
 * @param detail what follows the key, or the whole text when it has no key; null when there is nothing more
 */
public record Reason(String key, String detail) {

	private static final String PREFIX = "notification.error.";

	public static Reason of(String text) {
		if (text == null) {
			return new Reason(null, null);
		}
		if (!text.startsWith(PREFIX)) {
			return new Reason(null, text);
		}
		int colon = text.indexOf(':');
		return colon < 0 ? new Reason(text, null) : new Reason(text.substring(0, colon), text.substring(colon + 1).trim());
	}
}
