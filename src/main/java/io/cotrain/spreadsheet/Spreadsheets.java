package io.cotrain.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import io.cotrain.spreadsheet.read.SheetReader;
import io.cotrain.spreadsheet.write.CsvWriter;
import io.cotrain.spreadsheet.write.Labels;
import io.cotrain.spreadsheet.write.XlsxWriter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Reads and writes spreadsheets for a {@link SpreadsheetSchema}. Reading never stops at the first problem and
 * never guesses: what cannot be read exactly is reported with its row and column (see {@link ColumnType} for
 * what each type accepts). Writing gives files that read back to the same values.
 */
@Service
public class Spreadsheets {

	private final SpreadsheetProperties limits;
	private final MessageSource messages;
	private final SheetReader reader;

	public Spreadsheets(SpreadsheetProperties limits, MessageSource messages) {
		this.limits = limits;
		this.messages = messages;
		this.reader = new SheetReader(limits);
	}

	public SpreadsheetProperties limits() {
		return limits;
	}

	/** Reads the first visible sheet of an xlsx file, or a csv file; allowed values are listed in the request's language. */
	public ImportPreview preview(SpreadsheetSchema schema, SpreadsheetFile file) {
		return preview(schema, file, null);
	}

	/** Reads the named sheet of an xlsx file (a csv file has only one). */
	public ImportPreview preview(SpreadsheetSchema schema, SpreadsheetFile file, String sheetName) {
		return reader.read(schema, file, sheetName, LocaleContextHolder.getLocale());
	}

	/**
	 * Writes rows (values by column key, in the column's Java type; ENUM values as their value or a Java enum
	 * constant) with headers and labels in the locale's language.
	 *
	 * @throws IllegalArgumentException when a value does not fit its column's type
	 */
	public void export(SpreadsheetSchema schema, Iterable<? extends Map<String, ?>> rows, SpreadsheetFormat format,
			Locale locale, OutputStream out) {
		Labels labels = new Labels(messages, locale);
		Iterator<? extends Map<String, ?>> iterator = rows.iterator();
		try {
			if (format == SpreadsheetFormat.CSV) {
				CsvWriter.write(schema, iterator, labels, out);
			}
			else {
				XlsxWriter.export(schema, iterator, labels, out);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * An empty xlsx workbook to fill in: the headers in the locale's language (required ones shaded), an example
	 * row (refused if imported unchanged) and a help sheet describing every column.
	 */
	public void template(SpreadsheetSchema schema, Locale locale, OutputStream out) {
		try {
			XlsxWriter.template(schema, new Labels(messages, locale), out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
