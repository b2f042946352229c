package io.cotrain.spreadsheet.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.cotrain.spreadsheet.Column;
import io.cotrain.spreadsheet.SpreadsheetSchema;
import io.cotrain.spreadsheet.cells.FormulaGuard;

/**
 * CSV as Excel opens it: UTF-8 with a byte order mark (without it Chinese Excel reads GBK and shows
 * mojibake), CRLF line ends, fields quoted when they hold a comma, quote, line break or edge spaces. Text is
 * neutralised against formula injection.
 */
public final class CsvWriter {

	private CsvWriter() {
	}

	public static void write(SpreadsheetSchema schema, Iterator<? extends Map<String, ?>> rows, Labels labels, OutputStream out)
			throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		List<Column> columns = schema.columns();
		line(writer, columns.stream().map(c -> FormulaGuard.neutralise(c.label(labels.locale()))).toList());
		while (rows.hasNext()) {
			Map<String, ?> row = rows.next();
			line(writer, columns.stream().map(c -> field(c, row.get(c.key()), labels)).toList());
		}
		writer.flush();
	}

	private static String field(Column column, Object value, Labels labels) {
		Object exported = ExportValues.of(column, value, labels);
		if (exported == null) {
			return "";
		}
		String text = ExportValues.text(column, exported);
		return exported instanceof String ? FormulaGuard.neutralise(text) : text;
	}

	private static void line(Writer writer, List<String> fields) throws IOException {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				writer.write(',');
			}
			writer.write(quoted(fields.get(i)));
		}
		writer.write("\r\n");
	}

	static String quoted(String field) {
		boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
				|| field.indexOf('\r') >= 0 || (!field.isEmpty() && (field.charAt(0) == ' ' || field.charAt(field.length() - 1) == ' '));
		return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
	}
}
