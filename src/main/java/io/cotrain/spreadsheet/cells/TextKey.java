package io.cotrain.spreadsheet.cells;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The comparable form of a header or a choice: NFKC (full-width letters, digits and punctuation become
 * half-width), without any white space or invisible format characters, lower case.
 */
public final class TextKey {

	private TextKey() {
	}

	public static String of(String text) {
		if (text == null) {
			return "";
		}
		String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
		StringBuilder key = new StringBuilder(normal.length());
		normal.codePoints().filter(cp -> !Texts.isSpace(cp)).forEach(key::appendCodePoint);
		return key.toString().toLowerCase(Locale.ROOT);
	}

	/** A header's key: also without the {@code *} that templates often put before or after required headers. */
	public static String header(String text) {
		String key = of(text);
		int start = 0;
		int end = key.length();
		while (start < end && key.charAt(start) == '*') {
			start++;
		}
		while (end > start && key.charAt(end - 1) == '*') {
			end--;
		}
		return key.substring(start, end);
	}
}
