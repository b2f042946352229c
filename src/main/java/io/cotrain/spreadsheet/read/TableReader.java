package io.cotrain.spreadsheet.read;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.cotrain.spreadsheet.Column;
import io.cotrain.spreadsheet.RowError;
import io.cotrain.spreadsheet.SheetRow;
import io.cotrain.spreadsheet.SpreadsheetSchema;
import io.cotrain.spreadsheet.cells.Examples;
import io.cotrain.spreadsheet.cells.Outcome;
import io.cotrain.spreadsheet.cells.RawCell;
import io.cotrain.spreadsheet.cells.ValueParser;

/**
 * Turns raw rows into typed rows against a schema. The header row is the first of the first ten rows with a
 * known header (rows above it, such as a title, are ignored). Every problem is collected; blank rows are
 * skipped and not counted.
 */
final class TableReader {

	static final int HEADER_SEARCH_ROWS = 10;

	private final SpreadsheetSchema schema;
	private final int maxRows;
	private final Locale locale;
	private final List<RowError> errors = new ArrayList<>();
	private final Map<Integer, Column> columnsByIndex = new LinkedHashMap<>();
	private final Map<String, String> headers = new LinkedHashMap<>();
	private final List<SheetRow> rows = new ArrayList<>();
	private final List<Map<String, Object>> examples;

	TableReader(SpreadsheetSchema schema, int maxRows, Locale locale) {
		this.schema = schema;
		this.examples = Examples.rows(schema);
		this.maxRows = maxRows;
		this.locale = locale;
	}

	record Result(Map<String, String> headers, List<SheetRow> rows, List<RowError> errors) {
	}

	Result read(Iterator<RawRow> source) {
		Optional<RawRow> header = findHeader(source);
		if (header.isEmpty()) {
			errors.add(RowError.file("spreadsheet.file.noHeader", expectedHeaders()));
			return result();
		}
		mapHeader(header.get());
		while (source.hasNext()) {
			RawRow raw = source.next();
			if (raw.isBlank()) {
				continue;
			}
			if (rows.size() == maxRows) {
				rows.clear();
				errors.removeIf(e -> !e.fileLevel());
				errors.add(RowError.file("spreadsheet.file.tooManyRows", maxRows));
				return result();
			}
			rows.add(row(raw));
		}
		return result();
	}

	private Result result() {
		return new Result(headers, rows, errors);
	}

	private Optional<RawRow> findHeader(Iterator<RawRow> source) {
		for (int seen = 0; seen < HEADER_SEARCH_ROWS && source.hasNext(); seen++) {
			RawRow row = source.next();
			if (row.cells().stream().anyMatch(c -> c != null && schema.columnForHeader(c.display()).isPresent())) {
				return Optional.of(row);
			}
		}
		return Optional.empty();
	}

	private void mapHeader(RawRow row) {
		for (int i = 0; i < row.cells().size(); i++) {
			String header = row.cell(i).display().strip();
			if (header.isEmpty()) {
				continue; // a column without header: stray formatting, ignored
			}
			Optional<Column> column = schema.columnForHeader(header);
			if (column.isEmpty()) {
				errors.add(RowError.of(RowError.FILE, null, header, "spreadsheet.file.unknownHeader", header));
			}
			else if (headers.containsKey(column.get().key())) {
				errors.add(RowError.of(RowError.FILE, column.get().key(), header, "spreadsheet.file.duplicateHeader", header,
						headers.get(column.get().key())));
			}
			else {
				columnsByIndex.put(i, column.get());
				headers.put(column.get().key(), header);
			}
		}
		for (Column column : schema.columns()) {
			if (column.required() && !headers.containsKey(column.key())) {
				errors.add(RowError.of(RowError.FILE, column.key(), column.label(locale), "spreadsheet.file.missingHeader",
						column.label(locale)));
			}
		}
	}

	private SheetRow row(RawRow raw) {
		Map<String, Object> values = new LinkedHashMap<>();
		columnsByIndex.forEach((index, column) -> {
			RawCell cell = raw.cell(index);
			Outcome outcome = ValueParser.parse(column, cell, locale);
			String header = headers.get(column.key());
			if (outcome.failed()) {
				errors.add(RowError.of(raw.number(), column.key(), header, outcome.code(), outcome.args().toArray()));
			}
			else if (outcome.value() == null && column.required()) {
				errors.add(RowError.of(raw.number(), column.key(), header, "spreadsheet.error.required"));
			}
			values.put(column.key(), outcome.value());
		});
		SheetRow row = new SheetRow(raw.number(), values);
		if (Examples.isExampleRow(examples, row)) {
			errors.add(RowError.of(raw.number(), null, null, "spreadsheet.error.exampleRow"));
		}
		return row;
	}

	private String expectedHeaders() {
		boolean anyRequired = schema.columns().stream().anyMatch(Column::required);
		return schema.columns().stream().filter(c -> c.required() || !anyRequired).map(c -> c.label(locale))
			.collect(Collectors.joining(", "));
	}
}
