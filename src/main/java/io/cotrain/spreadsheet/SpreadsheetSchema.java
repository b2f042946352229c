package io.cotrain.spreadsheet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

import io.cotrain.spreadsheet.cells.TextKey;

/**
 * The columns of one kind of file (employees, org units, KPI records…). Keys and recognised headers must be
 * unique, so a header names exactly one column.
 *
 * @param name a stable name of the kind of data ({@code employees}); a stored preview can only be applied
 *        with the schema it was read with
 * @param columns the columns in the order they are written
 */
public record SpreadsheetSchema(String name, List<Column> columns) {

	public SpreadsheetSchema {
		Objects.requireNonNull(name, "name");
		columns = List.copyOf(columns);
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("a schema needs columns");
		}
		Map<String, String> owners = new HashMap<>();
		for (Column column : columns) {
			for (String header : column.headers()) {
				String previous = owners.putIfAbsent(TextKey.header(header), column.key());
				if (previous != null && !previous.equals(column.key())) {
					throw new IllegalArgumentException("header '" + header + "' would name both " + previous + " and " + column.key());
				}
			}
		}
		if (columns.stream().map(Column::key).distinct().count() != columns.size()) {
			throw new IllegalArgumentException("column keys must be unique in schema " + name);
		}
	}

	public static SpreadsheetSchema of(String name, Column... columns) {
		return new SpreadsheetSchema(name, List.of(columns));
	}

	public Optional<Column> column(String key) {
		return columns.stream().filter(c -> c.key().equals(key)).findFirst();
	}

	/** @throws NoSuchElementException when the schema has no such column (a programming error) */
	public Column require(String key) {
		return column(key).orElseThrow(() -> new NoSuchElementException("no column " + key + " in schema " + name));
	}

	/** The column a header in a file names, ignoring case, spaces, full-/half-width forms and {@code *} marks. */
	public Optional<Column> columnForHeader(String header) {
		String wanted = TextKey.header(header);
		if (wanted.isEmpty()) {
			return Optional.empty();
		}
		return columns.stream().filter(c -> c.headers().stream().anyMatch(h -> TextKey.header(h).equals(wanted))).findFirst();
	}
}
