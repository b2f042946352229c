package io.cotrain.spreadsheet.cells;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.cotrain.spreadsheet.Column;
import io.cotrain.spreadsheet.ColumnType;
import io.cotrain.spreadsheet.Quantity;
import io.cotrain.spreadsheet.cells.RawCell.Kind;
import io.cotrain.spreadsheet.cells.RawCell.NumberStyle;

/**
 * Applies a column's type to a cell. The rules per type are those of {@link ColumnType}; every refusal is a
 * message code {@code spreadsheet.error.*} with the value as the file shows it.
 */
public final class ValueParser {

	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
	private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
	private static final Pattern DATE = Pattern.compile(
			"(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
	private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号]?");
	private static final Pattern MONTH = Pattern.compile("(\\d{4})[-/.](\\d{1,2})");
	private static final Pattern CHINESE_MONTH = Pattern.compile("(\\d{4})年(\\d{1,2})月");
	private static final Pattern COMPACT_MONTH = Pattern.compile("(\\d{4})(\\d{2})");
	private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
	private static final Set<String> TRUE = Set.of("y", "yes", "true", "1", "是", "t");
	private static final Set<String> FALSE = Set.of("n", "no", "false", "0", "否", "f");
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private ValueParser() {
	}

	/** @param locale the language the allowed values of an ENUM column are listed in */
	public static Outcome parse(Column column, RawCell cell, Locale locale) {
		switch (cell.kind()) {
			case BLANK:
				return Outcome.BLANK;
			case ERROR:
				return Outcome.problem("spreadsheet.error.cellError", cell.text());
			case FORMULA_WITHOUT_VALUE:
				return Outcome.problem("spreadsheet.error.formulaWithoutValue");
			case TEXT:
				// a quote that export put before a formula-like text is not part of the value
				return typed(column, RawCell.text(FormulaGuard.restore(cell.text())), locale);
			default:
				break;
		}
		return typed(column, cell, locale);
	}

	private static Outcome typed(Column column, RawCell cell, Locale locale) {
		if (cell.isBlank()) {
			return Outcome.BLANK;
		}
		return switch (column.type()) {
			case TEXT -> text(column, cell);
			case INTEGER -> integer(cell);
			case DECIMAL -> decimal(cell);
			case PERCENT -> percent(cell);
			case DATE -> date(cell);
			case BOOLEAN -> bool(cell);
			case ENUM -> choice(column, cell, locale);
			case QUANTITY -> quantity(cell);
			case MONTH -> month(cell);
		};
	}

	private static Outcome month(RawCell cell) {
		YearMonth month = null;
		// a text, or a plain number cell such as 202501
		String text = cell.kind() == Kind.TEXT ? spaced(cell.text())
				: cell.kind() == Kind.NUMBER && cell.style() == NumberStyle.PLAIN ? cell.display() : null;
		if (text != null) {
			Matcher m = MONTH.matcher(text);
			if (m.matches()) {
				month = month(m.group(1), m.group(2));
			}
			else if ((m = CHINESE_MONTH.matcher(text)).matches() || (m = COMPACT_MONTH.matcher(text)).matches()) {
				month = month(m.group(1), m.group(2));
			}
		}
		if (month == null) {
			Outcome date = date(cell);
			if (date.value() instanceof LocalDate day) {
				return Outcome.of(YearMonth.from(day));
			}
			return Outcome.problem("spreadsheet.error.month", Texts.shown(cell.display()));
		}
		return Outcome.of(month);
	}

	private static YearMonth month(String year, String month) {
		int m = Integer.parseInt(month);
		return m >= 1 && m <= 12 ? YearMonth.of(Integer.parseInt(year), m) : null;
	}

	private static Outcome quantity(RawCell cell) {
		if (cell.kind() == Kind.NUMBER) {
			BigDecimal number = Decimals.excel(cell.number());
			return Outcome.of(cell.style() == NumberStyle.PERCENT ? Quantity.percent(number.movePointRight(2)) : Quantity.of(number));
		}
		if (cell.kind() == Kind.TEXT) {
			String text = compact(cell.text());
			boolean percent = text.endsWith("%");
			BigDecimal number = parseNumber(percent ? text.substring(0, text.length() - 1) : text);
			if (number != null) {
				return Outcome.of(new Quantity(number, percent));
			}
		}
		return Outcome.problem("spreadsheet.error.decimal", Texts.shown(cell.display()));
	}

	private static Outcome text(Column column, RawCell cell) {
		String value = cell.kind() == Kind.TEXT ? Texts.trim(cell.text()) : cell.display();
		if (value.isEmpty()) {
			return Outcome.BLANK;
		}
		int length = value.codePointCount(0, value.length());
		if (column.maxLength() > 0 && length > column.maxLength()) {
			return Outcome.problem("spreadsheet.error.tooLong", String.valueOf(column.maxLength()), String.valueOf(length));
		}
		return Outcome.of(value);
	}

	private static Outcome integer(RawCell cell) {
		BigDecimal number = number(cell);
		if (number == null) {
			return Outcome.problem("spreadsheet.error.integer", Texts.shown(cell.display()));
		}
		try {
			return Outcome.of(number.longValueExact());
		}
		catch (ArithmeticException e) {
			return Outcome.problem("spreadsheet.error.integer", Texts.shown(cell.display()));
		}
	}

	private static Outcome decimal(RawCell cell) {
		BigDecimal number = number(cell);
		return number == null ? Outcome.problem("spreadsheet.error.decimal", Texts.shown(cell.display())) : Outcome.of(number);
	}

	private static Outcome percent(RawCell cell) {
		BigDecimal fraction;
		if (cell.kind() == Kind.NUMBER) {
			fraction = Decimals.excel(cell.number());
			if (cell.style() == NumberStyle.PERCENT) {
				return Outcome.of(fraction);
			}
		}
		else if (cell.kind() == Kind.TEXT) {
			String text = compact(cell.text());
			if (text.endsWith("%")) {
				BigDecimal points = parseNumber(text.substring(0, text.length() - 1));
				return points == null ? Outcome.problem("spreadsheet.error.percent", Texts.shown(cell.text()))
						: Outcome.of(Decimals.normal(points.divide(HUNDRED)));
			}
			fraction = parseNumber(text);
		}
		else {
			fraction = null;
		}
		if (fraction == null) {
			return Outcome.problem("spreadsheet.error.percent", Texts.shown(cell.display()));
		}
		if (fraction.abs().compareTo(BigDecimal.ONE) > 0) {
			return Outcome.problem("spreadsheet.error.percentAmbiguous", Texts.shown(cell.display()));
		}
		return Outcome.of(fraction);
	}

	private static Outcome date(RawCell cell) {
		LocalDate date = switch (cell.kind()) {
			case NUMBER -> cell.style() == NumberStyle.DATE || ExcelDates.plausible(cell.number())
					? ExcelDates.fromSerial(cell.number(), cell.date1904()) : null;
			case TEXT -> dateOf(spaced(cell.text()));
			default -> null;
		};
		return date == null ? Outcome.problem("spreadsheet.error.date", Texts.shown(cell.display())) : Outcome.of(date);
	}

	private static LocalDate dateOf(String text) {
		Matcher m = DATE.matcher(text);
		if (m.matches()) {
			return date(m.group(1), m.group(3), m.group(4));
		}
		m = CHINESE_DATE.matcher(text);
		if (m.matches()) {
			return date(m.group(1), m.group(2), m.group(3));
		}
		m = COMPACT_DATE.matcher(text);
		if (m.matches()) {
			return date(m.group(1), m.group(2), m.group(3));
		}
		BigDecimal serial = NUMBER.matcher(text).matches() ? new BigDecimal(text) : null;
		return serial != null && ExcelDates.plausible(serial) ? ExcelDates.fromSerial(serial, false) : null;
	}

	private static LocalDate date(String year, String month, String day) {
		try {
			return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (DateTimeException e) {
			return null;
		}
	}

	private static Outcome bool(RawCell cell) {
		String key = switch (cell.kind()) {
			case BOOLEAN -> cell.text().toLowerCase(Locale.ROOT);
			case NUMBER -> Decimals.plain(cell.number());
			default -> TextKey.of(cell.text());
		};
		if (TRUE.contains(key)) {
			return Outcome.of(Boolean.TRUE);
		}
		if (FALSE.contains(key)) {
			return Outcome.of(Boolean.FALSE);
		}
		return Outcome.problem("spreadsheet.error.boolean", Texts.shown(cell.display()));
	}

	private static Outcome choice(Column column, RawCell cell, Locale locale) {
		String given = cell.kind() == Kind.TEXT ? cell.text() : cell.display();
		return column.choiceFor(given).map(c -> Outcome.of(c.value()))
			.orElseGet(() -> Outcome.problem("spreadsheet.error.choice", Texts.shown(given),
					column.choices().stream().map(c -> c.label(locale)).collect(Collectors.joining(" / "))));
	}

	/** The number in a number cell (15 significant digits) or in a text. */
	private static BigDecimal number(RawCell cell) {
		return switch (cell.kind()) {
			case NUMBER -> Decimals.excel(cell.number());
			case TEXT -> parseNumber(compact(cell.text()));
			default -> null;
		};
	}

	private static BigDecimal parseNumber(String text) {
		String digits = GROUPED.matcher(text).matches() ? text.replace(",", "") : text;
		return NUMBER.matcher(digits).matches() ? Decimals.normal(new BigDecimal(digits)) : null;
	}

	/** NFKC, trimmed, inner white space as single spaces (a date may be followed by a time). */
	private static String spaced(String text) {
		String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
		StringBuilder out = new StringBuilder(normal.length());
		boolean space = false;
		for (int cp : Texts.trim(normal).codePoints().toArray()) {
			if (Texts.isSpace(cp)) {
				space = true;
				continue;
			}
			if (space) {
				out.append(' ');
				space = false;
			}
			out.appendCodePoint(cp);
		}
		return out.toString();
	}

	/** NFKC (full-width digits and signs) without any spaces. */
	private static String compact(String text) {
		String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
		StringBuilder out = new StringBuilder(normal.length());
		normal.codePoints().filter(cp -> !Texts.isSpace(cp)).forEach(out::appendCodePoint);
		return out.toString();
	}
}
