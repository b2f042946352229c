package io.cotrain.spreadsheet;

/**
 * The type of a column's values and the Java type they are read as. The accepted spellings are listed in
 * ARCHITECTURE.md ("Spreadsheets").
 */
public enum ColumnType {

	/** {@link String}, trimmed; a number cell is read as its plain digits (no "1001.0"). */
	TEXT,
	/** {@link Long}: "1234", "1,234", "１２３４", "12.0" or a whole-number cell. */
	INTEGER,
	/** {@link java.math.BigDecimal} without trailing zeros; cells are rounded to Excel's 15 significant digits. */
	DECIMAL,
	/**
	 * {@link java.math.BigDecimal} as a fraction (8% is 0.08): "8%", "8 %" and a percent-formatted cell mean
	 * percent points; a bare number between -1 and 1 is a fraction ("0.08"); a bare number outside that range
	 * is refused as ambiguous (is 8 meant as 8% or 800%?).
	 */
	PERCENT,
	/**
	 * {@link java.time.LocalDate}: yyyy-MM-dd, yyyy/M/d, yyyy.M.d, yyyy年M月d日, yyyyMMdd (a time after the date
	 * is ignored), a date-formatted cell, or an Excel serial day number between 1920-01-01 and 2199-12-31.
	 */
	DATE,
	/** {@link Boolean}: Y/N, yes/no, 是/否, true/false, 1/0 or a TRUE/FALSE cell. */
	BOOLEAN,
	/** {@link String}: the choice's value, given as the value itself or its Chinese or English label. */
	ENUM,
	/**
	 * {@link Quantity}: a number that may be marked as a percentage, for columns whose unit differs by row (a KPI
	 * in percent or in hours). "15%", "15 %", "１５％" and a percent-formatted cell showing 15 % are
	 * {@code Quantity(15, percent)}; a bare number (text or number cell) is a plain {@code Quantity(15)}. Written back
	 * as a percent-formatted cell (csv: "15%") or a plain number, so it reads back the same.
	 */
	QUANTITY,
	/**
	 * {@link java.time.YearMonth}: yyyy-MM, yyyy/M, yyyy.M, yyyy年M月, yyyyMM, or any {@link #DATE} (its month).
	 * Written as a date cell (the first of the month) formatted yyyy-mm, in csv as yyyy-MM.
	 */
	MONTH
}
