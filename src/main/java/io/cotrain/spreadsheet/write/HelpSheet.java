package io.cotrain.spreadsheet.write;

import java.util.List;
import java.util.stream.Collectors;

import io.cotrain.spreadsheet.Column;
import io.cotrain.spreadsheet.ColumnType;
import io.cotrain.spreadsheet.SpreadsheetSchema;
import io.cotrain.spreadsheet.cells.Examples;

import org.dhatim.fastexcel.Worksheet;

/** The second sheet of a template: how to fill in the data sheet, one row per column. */
final class HelpSheet {

	private static final List<String> HEADINGS = List.of("spreadsheet.help.column", "spreadsheet.help.required",
			"spreadsheet.help.type", "spreadsheet.help.format", "spreadsheet.help.maxLength", "spreadsheet.help.example",
			"spreadsheet.help.aliases");
	private static final int[] WIDTHS = { 20, 8, 10, 50, 10, 16, 36 };

	private HelpSheet() {
	}

	static void write(Worksheet sheet, SpreadsheetSchema schema, Labels labels) {
		sheet.value(0, 0, labels.get("spreadsheet.help.title"));
		sheet.style(0, 0).bold().fontSize(14).set();
		sheet.value(1, 0, labels.get("spreadsheet.help.note"));
		for (int c = 0; c < HEADINGS.size(); c++) {
			sheet.width(c, WIDTHS[c]);
			sheet.value(3, c, labels.get(HEADINGS.get(c)));
			sheet.style(3, c).bold().fillColor(XlsxWriter.HEADER_FILL).set();
		}
		int r = 4;
		for (Column column : schema.columns()) {
			sheet.value(r, 0, column.label(labels.locale()));
			sheet.value(r, 1, labels.bool(column.required()));
			sheet.value(r, 2, labels.get("spreadsheet.type." + column.type().name()));
			sheet.value(r, 3, format(column, labels));
			if (column.type() == ColumnType.TEXT && column.maxLength() > 0) {
				sheet.value(r, 4, column.maxLength());
			}
			Object example = ExportValues.of(column, Examples.value(column, labels.locale()), labels);
			sheet.value(r, 5, ExportValues.text(column, example));
			sheet.value(r, 6, column.headers().stream().filter(h -> !h.equals(column.label(labels.locale())))
				.collect(Collectors.joining(", ")));
			sheet.style(r, 3).wrapText(true).set();
			r++;
		}
	}

	private static String format(Column column, Labels labels) {
		String format = column.type() == ColumnType.ENUM ? labels.get("spreadsheet.format.ENUM",
				column.choices().stream().map(c -> c.label(labels.locale())).collect(Collectors.joining(", ")))
				: labels.get("spreadsheet.format." + column.type().name());
		return column.help() == null ? format : format + " " + labels.get(column.help());
	}

	/** Columns are measured in Latin characters; Chinese ones take two. */
	static int displayWidth(String text) {
		return text.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN ? 2 : 1).sum();
	}
}
