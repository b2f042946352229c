package io.cotrain.notification;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a module wants said, to whom and how.
 *
 * @param recipients accounts or employees of the caller's tenant; each gets a notice of their own
 * @param templateKey a declared {@link NotificationTemplate}'s key
 * @param params the template's parameters by name
 * @param channels the channels to deliver on (one delivery each)
 * @param dedupeKey optional: a notice with the same key in the tenant within the dedupe window is not sent again
 * @param mandatory goes out regardless of preferences and quiet hours (e.g. security notices)
 * @param link optional: the application path of the thing the notice is about, e.g. {@code /employees/…}
 */
public record Notice(List<Recipient> recipients, String templateKey, Map<String, String> params, Set<Channel> channels,
		String dedupeKey, boolean mandatory, String link) {

	public Notice {
		recipients = List.copyOf(recipients);
		Objects.requireNonNull(templateKey, "templateKey");
		params = Map.copyOf(params);
		channels = Set.copyOf(channels);
		if (recipients.isEmpty() || channels.isEmpty()) {
			throw new IllegalArgumentException("a notice needs recipients and channels");
		}
		if (link != null && !(link.startsWith("/") && !link.startsWith("//"))) {
			throw new IllegalArgumentException("a link is a path of the application: " + link);
		}
	}

	/** A notice that is not mandatory, without dedupe key and link. */
	public static Notice of(String templateKey, Map<String, String> params, Set<Channel> channels, Recipient... recipients) {
		return new Notice(List.of(recipients), templateKey, params, channels, null, false, null);
	}

	public Notice withDedupeKey(String key) {
		return new Notice(recipients, templateKey, params, channels, key, mandatory, link);
	}

	public Notice withLink(String path) {
		return new Notice(recipients, templateKey, params, channels, dedupeKey, mandatory, path);
	}

	public Notice asMandatory() {
		return new Notice(recipients, templateKey, params, channels, dedupeKey, true, link);
	}
}
