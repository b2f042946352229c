package io.cotrain.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import io.cotrain.spreadsheet.cells.TextKey;

/**
 * One column of a {@link SpreadsheetSchema}. Headers are matched ignoring case, spaces and full-/half-width
 * differences against the key, the Chinese and English labels and the aliases.
 *
 * @param key the value's key in a {@link SheetRow} (a Java identifier, e.g. {@code employeeNo})
 * @param zh the Chinese header, written in Chinese files
 * @param en the English header, written in English files
 * @param aliases further headers accepted on import ("员工编号", "employee_no")
 * @param type the type of the values
 * @param required whether every row needs a value (and the file this header)
 * @param maxLength the most characters a {@link ColumnType#TEXT} value may have, 0 for no limit
 * @param choices the allowed values of an {@link ColumnType#ENUM} column, empty otherwise
 * @param example the value shown in a template's example row, or null for a default by type
 * @param help the message key of a note the template's help sheet adds to the column's format, or null
 */
public record Column(String key, String zh, String en, List<String> aliases, ColumnType type, boolean required,
		int maxLength, List<Choice> choices, Object example, String help) {

	private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	/** One allowed value of an {@link ColumnType#ENUM} column with its labels. */
	public record Choice(String value, String zh, String en) {

		public Choice {
			Objects.requireNonNull(value, "value");
			zh = zh == null ? value : zh;
			en = en == null ? value : en;
		}

		public String label(Locale locale) {
			return Column.isChinese(locale) ? zh : en;
		}
	}

	public Column {
		if (key == null || !KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("column key must be an identifier: " + key);
		}
		Objects.requireNonNull(type, "type");
		if (zh == null || zh.isBlank() || en == null || en.isBlank()) {
			throw new IllegalArgumentException("column " + key + " needs a Chinese and an English header");
		}
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
		choices = choices == null ? List.of() : List.copyOf(choices);
		if ((type == ColumnType.ENUM) == choices.isEmpty()) {
			throw new IllegalArgumentException("column " + key + ": choices are for ENUM columns, and they need some");
		}
		if (maxLength < 0) {
			throw new IllegalArgumentException("maxLength < 0");
		}
	}

	public static Column text(String key, String zh, String en) {
		return of(key, zh, en, ColumnType.TEXT);
	}

	public static Column integer(String key, String zh, String en) {
		return of(key, zh, en, ColumnType.INTEGER);
	}

	public static Column decimal(String key, String zh, String en) {
		return of(key, zh, en, ColumnType.DECIMAL);
	}

	public static Column percent(String key, String zh, String en) {
		return of(key, zh, en, ColumnType.PERCENT);
	}

	public static Column date(String key, String zh, String en) {
		return of(key, zh, en, ColumnType.DATE);
	}

	public static Column month(String key, String zh, String en) {
		return of(key, zh, en, ColumnType.MONTH);
	}

	public static Column quantity(String key, String zh, String en) {
		return of(key, zh, en, ColumnType.QUANTITY);
	}

	public static Column bool(String key, String zh, String en) {
		return of(key, zh, en, ColumnType.BOOLEAN);
	}

	public static Column choice(String key, String zh, String en, Choice... choices) {
		return new Column(key, zh, en, List.of(), ColumnType.ENUM, false, 0, List.of(choices), null, null);
	}

	/** An ENUM column whose choices are built elsewhere (e.g. from a Java enum's constants). */
	public static Column choice(String key, String zh, String en, List<Choice> choices) {
		return new Column(key, zh, en, List.of(), ColumnType.ENUM, false, 0, choices, null, null);
	}

	private static Column of(String key, String zh, String en, ColumnType type) {
		return new Column(key, zh, en, List.of(), type, false, 0, List.of(), null, null);
	}

	public Column asRequired() {
		return new Column(key, zh, en, aliases, type, true, maxLength, choices, example, help);
	}

	public Column withMaxLength(int max) {
		return new Column(key, zh, en, aliases, type, required, max, choices, example, help);
	}

	public Column withAliases(String... more) {
		List<String> all = new ArrayList<>(aliases);
		all.addAll(List.of(more));
		return new Column(key, zh, en, all, type, required, maxLength, choices, example, help);
	}

	public Column withExample(Object value) {
		return new Column(key, zh, en, aliases, type, required, maxLength, choices, value, help);
	}

	/** A note (message key) the template's help sheet adds to this column's format, e.g. what decides a percentage. */
	public Column withHelp(String messageKey) {
		return new Column(key, zh, en, aliases, type, required, maxLength, choices, example, messageKey);
	}

	/** The header written in files for the locale: Chinese for any {@code zh} locale, English otherwise. */
	public String label(Locale locale) {
		return isChinese(locale) ? zh : en;
	}

	/** Every header this column is recognised by, in the order given. */
	public List<String> headers() {
		List<String> all = new ArrayList<>(List.of(zh, en, key));
		all.addAll(aliases);
		return all;
	}

	/** The choice named by a value or label (case, space and width ignored). */
	public Optional<Choice> choiceFor(String text) {
		String wanted = TextKey.of(text);
		return choices.stream()
			.filter(c -> TextKey.of(c.value()).equals(wanted) || TextKey.of(c.zh()).equals(wanted) || TextKey.of(c.en()).equals(wanted))
			.findFirst();
	}

	static boolean isChinese(Locale locale) {
		return locale != null && "zh".equals(locale.getLanguage());
	}
}
