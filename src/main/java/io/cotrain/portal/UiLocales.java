package io.cotrain.portal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages of the UI: zh-CN (default) and English. */
public final class UiLocales {

	/** The cookie that remembers the chosen language. */
	public static final String COOKIE = "COTRAIN_LANG";
	public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
	public static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	private UiLocales() {
	}

	/** The supported locale a tag such as {@code en}, {@code en-US}, {@code zh}, {@code zh-CN} stands for. */
	public static Optional<Locale> parse(String tag) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		String first = tag.split(",")[0].split(";")[0].trim();
		String language = Locale.forLanguageTag(first.replace('_', '-')).getLanguage();
		return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
	}
}
