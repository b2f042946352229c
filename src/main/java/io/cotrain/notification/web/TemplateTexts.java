package io.cotrain.notification.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import io.cotrain.notification.NotificationTemplate;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the template editor says about a template besides its wording: a label ({@code notification.template.<key>.label},
 * else the key) and a sample value per parameter ({@code notification.template.<key>.sample.<parameter>}, else the
 * parameter's name in brackets), both from the message bundles.
 */
@Component
class TemplateTexts {

	private final MessageSource messages;

	TemplateTexts(MessageSource messages) {
		this.messages = messages;
	}

	String label(NotificationTemplate template, Locale locale) {
		return messages.getMessage("notification.template." + template.key() + ".label", null, template.key(), locale);
	}

	/** The declared parameters, sorted. */
	static List<String> parameters(NotificationTemplate template) {
		return List.copyOf(new TreeSet<>(template.parameters()));
	}

	/** A sample value for each parameter, in the wording's locale. */
	Map<String, String> samples(NotificationTemplate template, String localeTag) {
		Locale locale = Locale.forLanguageTag(localeTag);
		Map<String, String> samples = new LinkedHashMap<>();
		for (String parameter : parameters(template)) {
			String fallback = messages.getMessage("templates.sample", new Object[] { parameter }, locale);
			samples.put(parameter, messages.getMessage("notification.template." + template.key() + ".sample." + parameter, null,
					fallback, locale));
		}
		return samples;
	}
}
