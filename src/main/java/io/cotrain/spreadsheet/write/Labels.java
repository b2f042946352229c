package io.cotrain.spreadsheet.write;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** The texts written into files, from the message bundles in the file's language. */
public record Labels(MessageSource messages, Locale locale) {

	public String get(String code, Object... args) {
		return messages.getMessage(code, args, locale);
	}

	public String bool(boolean value) {
		return get(value ? "spreadsheet.boolean.true" : "spreadsheet.boolean.false");
	}
}
