package io.cotrain.spreadsheet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.cotrain.spreadsheet.cells.TextKey;

/**
 * What a file would import: every non-blank data row with its typed values, and every problem found, in row
 * order. The owning module adds the errors only it can find ({@link #withErrors}) and applies the rows only
 * when there are none — all or nothing.
 *
 * @param schema the name of the schema the file was read with
 * @param fileName the uploaded file's name
 * @param headers the header the file used for each column key that it has, in file order
 * @param rows the data rows (blank rows skipped), including rows with errors
 * @param errors file-level errors first, then row errors by row number
 */
public record ImportPreview(String schema, String fileName, Map<String, String> headers, List<SheetRow> rows,
		List<RowError> errors) {

	private static final Comparator<RowError> ORDER = Comparator.comparingInt(RowError::rowNumber);

	public ImportPreview {
		Objects.requireNonNull(schema, "schema");
		fileName = fileName == null ? "" : fileName;
		headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
		rows = List.copyOf(rows);
		errors = errors.stream().sorted(ORDER).toList();
	}

	/** The non-blank data rows read. */
	public int rowCount() {
		return rows.size();
	}

	/** The rows with at least one error. */
	public int invalidRowCount() {
		return invalidRowNumbers().size();
	}

	public int validRowCount() {
		return rowCount() - invalidRowCount();
	}

	public boolean hasErrors() {
		return !errors.isEmpty();
	}

	public List<RowError> fileErrors() {
		return errors.stream().filter(RowError::fileLevel).toList();
	}

	public List<RowError> rowErrors() {
		return errors.stream().filter(e -> !e.fileLevel()).toList();
	}

	public List<SheetRow> validRows() {
		Set<Integer> invalid = invalidRowNumbers();
		return rows.stream().filter(r -> !invalid.contains(r.number())).toList();
	}

	/**
	 * This preview with more errors, e.g. the owning module's "unknown org unit". A cell that could not be read
	 * keeps that one reason: an added error about the same row and column is dropped, because the module saw the
	 * cell as empty ("hire date required" after "2024-13-45 is no date" would only confuse).
	 */
	public ImportPreview withErrors(Collection<RowError> more) {
		Set<List<Object>> unreadable = errors.stream().filter(e -> !e.fileLevel() && e.columnKey() != null)
			.map(ImportPreview::cell).collect(Collectors.toSet());
		List<RowError> all = new ArrayList<>(errors);
		more.stream().filter(e -> e.columnKey() == null || !unreadable.contains(cell(e))).forEach(all::add);
		return new ImportPreview(schema, fileName, headers, rows, all);
	}

	/** The header the file used for a column, or the key when the file has no such column. */
	public String header(String key) {
		return headers.getOrDefault(key, key);
	}

	/** An error about one value of a row, with the header as the file wrote it. */
	public RowError error(SheetRow row, String key, String messageCode, Object... args) {
		return RowError.of(row.number(), key, header(key), messageCode, args);
	}

	/**
	 * The rows whose key repeats that of an earlier row ({@code spreadsheet.error.duplicate}, naming the value
	 * and the first row). Several keys form a composite key; rows lacking any part are not compared. Text is
	 * compared ignoring case, spaces and full-/half-width forms.
	 */
	public List<RowError> duplicates(String... keys) {
		if (keys.length == 0) {
			throw new IllegalArgumentException("no key");
		}
		Map<List<Object>, Integer> first = new HashMap<>();
		List<RowError> found = new ArrayList<>();
		for (SheetRow row : rows) {
			List<Object> key = new ArrayList<>();
			for (String k : keys) {
				Object value = row.get(k);
				if (value == null) {
					key = null;
					break;
				}
				key.add(value instanceof String s ? TextKey.of(s) : value);
			}
			if (key == null) {
				continue;
			}
			Integer earlier = first.putIfAbsent(key, row.number());
			if (earlier != null) {
				String shown = java.util.Arrays.stream(keys).map(k -> String.valueOf(row.get(k))).collect(Collectors.joining(" / "));
				found.add(error(row, keys[0], "spreadsheet.error.duplicate", shown, earlier));
			}
		}
		return found;
	}

	private static List<Object> cell(RowError error) {
		return List.of(error.rowNumber(), error.columnKey());
	}

	private Set<Integer> invalidRowNumbers() {
		return errors.stream().filter(e -> !e.fileLevel()).map(RowError::rowNumber).collect(Collectors.toSet());
	}
}
