package io.cotrain.spreadsheet.write;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.cotrain.spreadsheet.Column;
import io.cotrain.spreadsheet.Quantity;
import io.cotrain.spreadsheet.SpreadsheetSchema;
import io.cotrain.spreadsheet.cells.Decimals;
import io.cotrain.spreadsheet.cells.Examples;
import io.cotrain.spreadsheet.cells.FormulaGuard;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Workbooks written with fastexcel, streamed (rows are flushed every thousand): a data sheet with the headers
 * in the file's language and typed cells — whole numbers with format {@code 0} (no 1.2E+11 for long numbers),
 * percentages as fractions with format {@code 0.00%}, dates as date cells {@code yyyy-mm-dd}, text (with yes/no
 * and choice labels) as text neutralised against formula injection. A template adds an example row and a help
 * sheet.
 */
public final class XlsxWriter {

	static final String HEADER_FILL = "DDEBF7";
	static final String REQUIRED_FILL = "FCE4D6";
	private static final int FLUSH_EVERY = 1000;
	private static final int DROP_DOWN_ROWS = 20_000;
	private static final String PERCENT_FORMAT = "0.00%";

	private XlsxWriter() {
	}

	public static void export(SpreadsheetSchema schema, Iterator<? extends Map<String, ?>> rows, Labels labels, OutputStream out)
			throws IOException {
		Workbook workbook = new Workbook(out, "CoTrain", "1.0");
		Worksheet sheet = dataSheet(workbook, schema, labels);
		int r = 1;
		while (rows.hasNext()) {
			writeRow(sheet, r++, schema.columns(), rows.next(), labels);
			if (r % FLUSH_EVERY == 0) {
				sheet.flush();
			}
		}
		sheet.finish();
		workbook.finish();
	}

	public static void template(SpreadsheetSchema schema, Labels labels, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "CoTrain", "1.0");
		Worksheet sheet = dataSheet(workbook, schema, labels);
		List<Column> columns = schema.columns();
		Map<String, Object> example = new java.util.HashMap<>();
		columns.forEach(c -> example.put(c.key(), Examples.value(c, labels.locale())));
		writeRow(sheet, 1, columns, example, labels);
		for (int c = 0; c < columns.size(); c++) {
			String format = format(columns.get(c));
			var style = sheet.style(1, c).italic().fontColor("808080");
			(format == null ? style : style.format(format)).set();
		}
		dropDowns(sheet, columns, labels);
		HelpSheet.write(workbook.newWorksheet(labels.get("spreadsheet.help.sheet")), schema, labels);
		sheet.finish();
		workbook.finish();
	}

	/**
	 * Yes/no and choice columns of a template get Excel's drop-down list of their labels, so the file is filled in
	 * right. Excel's inline lists are comma-separated and at most 255 characters; labels that do not fit get none.
	 */
	private static void dropDowns(Worksheet sheet, List<Column> columns, Labels labels) {
		for (int c = 0; c < columns.size(); c++) {
			Column column = columns.get(c);
			List<String> choices = switch (column.type()) {
				case BOOLEAN -> List.of(labels.bool(true), labels.bool(false));
				case ENUM -> column.choices().stream().map(choice -> choice.label(labels.locale())).toList();
				default -> List.of();
			};
			String list = String.join(",", choices);
			if (choices.isEmpty() || list.length() > 255 || choices.stream().anyMatch(l -> l.matches(".*[,\"&<>].*"))) {
				continue;
			}
			sheet.range(1, c, DROP_DOWN_ROWS, c).validateWithListByFormula("\"" + list + "\"")
				.allowBlank(!column.required()).showDropdown(true).showErrorMessage(true)
				.errorTitle(attribute(column.label(labels.locale()))).error(attribute(list.replace(",", " / ")));
		}
	}

	/** fastexcel writes a validation's title and message into XML attributes as they are. */
	private static String attribute(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static Worksheet dataSheet(Workbook workbook, SpreadsheetSchema schema, Labels labels) {
		Worksheet sheet = workbook.newWorksheet(labels.get("spreadsheet.sheet.data"));
		List<Column> columns = schema.columns();
		for (int c = 0; c < columns.size(); c++) {
			Column column = columns.get(c);
			String label = column.label(labels.locale());
			sheet.width(c, Math.min(60, Math.max(12, HelpSheet.displayWidth(label) + 4)));
			sheet.value(0, c, FormulaGuard.neutralise(label));
			sheet.style(0, c).bold().fillColor(column.required() ? REQUIRED_FILL : HEADER_FILL).set();
		}
		sheet.freezePane(0, 1);
		return sheet;
	}

	private static void writeRow(Worksheet sheet, int r, List<Column> columns, Map<String, ?> row, Labels labels) {
		for (int c = 0; c < columns.size(); c++) {
			Column column = columns.get(c);
			Object exported = ExportValues.of(column, row.get(column.key()), labels);
			if (exported == null) {
				continue;
			}
			// a quantity is a number cell, formatted as a percentage when it was one (15 % is the fraction 0.15)
			Object value = exported instanceof Quantity q ? (q.percent() ? Decimals.normal(q.number().movePointLeft(2)) : q.number())
					: exported instanceof YearMonth month ? month.atDay(1) : exported;
			if (value instanceof String || !exactInExcel(value)) {
				// what Excel cannot hold exactly as a number or date is written as text, never rounded
				sheet.value(r, c, FormulaGuard.neutralise(ExportValues.text(column, exported)));
				continue;
			}
			if (value instanceof Long number) {
				sheet.value(r, c, number);
			}
			else if (value instanceof BigDecimal number) {
				sheet.value(r, c, number);
			}
			else if (value instanceof LocalDate date) {
				sheet.value(r, c, date);
			}
			String format = exported instanceof Quantity q ? (q.percent() ? PERCENT_FORMAT : null) : format(column);
			if (format != null) {
				sheet.style(r, c).format(format).set();
			}
		}
	}

	/** Numbers of at most 15 significant digits (Excel's precision) and dates from 1900-03-01 (its first sure serial day). */
	static boolean exactInExcel(Object value) {
		if (value instanceof Long number) {
			return Math.abs(number) <= 999_999_999_999_999L;
		}
		if (value instanceof BigDecimal number) {
			return number.precision() <= 15 && number.scale() <= 15 && number.abs().compareTo(new BigDecimal("1E-300")) >= 0
					|| number.signum() == 0;
		}
		if (value instanceof LocalDate date) {
			return !date.isBefore(LocalDate.of(1900, 3, 1)) && date.getYear() <= 9999;
		}
		return true;
	}

	private static String format(Column column) {
		return switch (column.type()) {
			case INTEGER -> "0";
			case PERCENT -> PERCENT_FORMAT;
			case MONTH -> "yyyy-mm";
			case DATE -> "yyyy-mm-dd";
			default -> null;
		};
	}
}
