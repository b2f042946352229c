package io.cotrain.spreadsheet.cells;

/** White space as spreadsheets have it: also no-break and ideographic spaces and invisible format characters. */
public final class Texts {

	private Texts() {
	}

	public static boolean isSpace(int cp) {
		return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT;
	}

	public static String trim(String text) {
		if (text == null) {
			return "";
		}
		int start = 0;
		int end = text.length();
		while (start < end && isSpace(text.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	public static boolean isBlank(String text) {
		return trim(text).isEmpty();
	}

	/** A value as shown in an error message: at most 40 characters. */
	public static String shown(String text) {
		String trimmed = trim(text);
		return trimmed.codePointCount(0, trimmed.length()) <= 40 ? trimmed
				: trimmed.substring(0, trimmed.offsetByCodePoints(0, 39)) + "…";
	}
}
