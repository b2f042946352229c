package io.cotrain.spreadsheet.cells;

import java.math.BigDecimal;

/**
 * A cell as the file holds it, before the column's type is applied. Formula cells arrive as their cached
 * value; formulas are never evaluated.
 *
 * @param kind what the cell holds
 * @param text the text (TEXT), the error code (ERROR); null otherwise
 * @param number the number (NUMBER), exactly as stored
 * @param style how a number cell is formatted
 * @param date1904 whether the workbook counts serial days from 1904
 */
public record RawCell(Kind kind, String text, BigDecimal number, NumberStyle style, boolean date1904) {

	public enum Kind { BLANK, TEXT, NUMBER, BOOLEAN, ERROR, FORMULA_WITHOUT_VALUE }

	public enum NumberStyle { PLAIN, DATE, PERCENT }

	public static final RawCell BLANK = new RawCell(Kind.BLANK, null, null, NumberStyle.PLAIN, false);

	public static RawCell text(String text) {
		return text == null || Texts.isBlank(text) ? BLANK : new RawCell(Kind.TEXT, text, null, NumberStyle.PLAIN, false);
	}

	public static RawCell number(BigDecimal number, NumberStyle style, boolean date1904) {
		return new RawCell(Kind.NUMBER, null, number, style, date1904);
	}

	public static RawCell bool(boolean value) {
		return new RawCell(Kind.BOOLEAN, value ? "TRUE" : "FALSE", null, NumberStyle.PLAIN, false);
	}

	public static RawCell error(String code) {
		return new RawCell(Kind.ERROR, code, null, NumberStyle.PLAIN, false);
	}

	public static RawCell formulaWithoutValue() {
		return new RawCell(Kind.FORMULA_WITHOUT_VALUE, null, null, NumberStyle.PLAIN, false);
	}

	public boolean isBlank() {
		return kind == Kind.BLANK;
	}

	/** The text a header or a message shows for this cell. */
	public String display() {
		return switch (kind) {
			case BLANK, FORMULA_WITHOUT_VALUE -> "";
			case TEXT, BOOLEAN, ERROR -> text;
			case NUMBER -> switch (style) {
				case DATE -> {
					java.time.LocalDate date = ExcelDates.fromSerial(number, date1904);
					yield date == null ? Decimals.plain(number) : date.toString();
				}
				case PERCENT -> Decimals.plain(number.movePointRight(2)) + "%";
				case PLAIN -> Decimals.plain(Decimals.excel(number));
			};
		};
	}
}
