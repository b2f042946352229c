package io.cotrain.spreadsheet.cells;

/**
 * CSV/formula injection (OWASP "CSV Injection"): a text cell whose content starts with {@code = + - @}, also
 * after leading white space or in their full-width forms, or with a tab or carriage return, is written with a
 * single quote before it, so Excel and other spreadsheet programs show it as text and never run it.
 * <p>
 * Reading undoes exactly that: a value that would be neutralised, preceded by one quote, loses the quote. A
 * value that itself starts with quotes before such a character gets one more quote on the way out, so every
 * text survives export and import unchanged.
 */
public final class FormulaGuard {

	private FormulaGuard() {
	}

	public static String neutralise(String text) {
		return needsQuote(text) ? "'" + text : text;
	}

	public static String restore(String text) {
		return text.startsWith("'") && needsQuote(text) ? text.substring(1) : text;
	}

	/** Whether the text is dangerous, or is quotes followed by something dangerous. */
	static boolean needsQuote(String text) {
		int i = 0;
		while (i < text.length() && text.charAt(i) == '\'') {
			i++;
		}
		return dangerous(text, i);
	}

	private static boolean dangerous(String text, int from) {
		if (from >= text.length()) {
			return false;
		}
		char first = text.charAt(from);
		if (first == '\t' || first == '\r') {
			return true;
		}
		int i = from;
		while (i < text.length() && Texts.isSpace(text.charAt(i))) {
			if (text.charAt(i) == '\t' || text.charAt(i) == '\r') {
				return true;
			}
			i++;
		}
		return i < text.length() && "=+-@＝＋－＠".indexOf(text.charAt(i)) >= 0;
	}
}
