package io.cotrain.spreadsheet.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import io.cotrain.spreadsheet.cells.RawCell;
import io.cotrain.spreadsheet.cells.RawCell.NumberStyle;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * The rows of one sheet of an xlsx workbook, streamed (fastexcel-reader): the named sheet, or the first
 * visible one. Formula cells give their cached value (what Excel last calculated); nothing is evaluated.
 */
final class XlsxRows implements Iterator<RawRow>, AutoCloseable {

	/** Built-in number formats that are dates: 14–22 and 45–47 everywhere, 27–36 and 50–58 in Chinese Excel. */
	private static final Set<Integer> DATE_FORMAT_IDS = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31,
			32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58);
	private static final Set<String> ERROR_CODES = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!",
			"#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!");

	private final ReadableWorkbook workbook;
	private final Stream<Row> stream;
	private final Iterator<Row> rows;

	XlsxRows(byte[] bytes, String sheetName) {
		try {
			workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, true));
			Sheet sheet = sheetName == null || sheetName.isBlank()
					? workbook.getSheets().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE).findFirst()
						.orElseThrow(() -> new UnreadableFileException("spreadsheet.file.noSheet"))
					: workbook.findSheet(sheetName).orElseThrow(() -> new UnreadableFileException("spreadsheet.file.sheetNotFound", sheetName));
			stream = sheet.openStream();
			rows = stream.iterator();
		}
		catch (UnreadableFileException e) {
			throw e;
		}
		catch (IOException | RuntimeException e) {
			throw new UnreadableFileException("spreadsheet.file.unreadable");
		}
	}

	@Override
	public boolean hasNext() {
		try {
			return rows.hasNext();
		}
		catch (RuntimeException e) {
			throw new UnreadableFileException("spreadsheet.file.unreadable");
		}
	}

	@Override
	public RawRow next() {
		Row row;
		try {
			row = rows.next();
		}
		catch (RuntimeException e) {
			throw new UnreadableFileException("spreadsheet.file.unreadable");
		}
		List<RawCell> cells = new ArrayList<>(row.getCellCount());
		for (int i = 0; i < row.getCellCount(); i++) {
			cells.add(row.getOptionalCell(i).map(this::raw).orElse(RawCell.BLANK));
		}
		return new RawRow(row.getRowNum(), cells);
	}

	private RawCell raw(Cell cell) {
		Object value = cell.getValue();
		return switch (cell.getType()) {
			case EMPTY -> RawCell.BLANK;
			case STRING -> RawCell.text(cell.getText());
			case BOOLEAN -> value == null ? RawCell.BLANK : RawCell.bool((Boolean) value);
			case NUMBER -> value == null ? RawCell.BLANK : number((BigDecimal) value, cell);
			case ERROR -> RawCell.error(cell.getRawValue() == null ? "#VALUE!" : cell.getRawValue());
			case FORMULA -> cached(cell);
		};
	}

	/** A formula cell's cached value; without one (a file no spreadsheet program has calculated) it is an error. */
	private RawCell cached(Cell cell) {
		Object value = cell.getValue();
		if (cell.getRawValue() == null) {
			return RawCell.formulaWithoutValue();
		}
		if (value instanceof BigDecimal number) {
			return number(number, cell);
		}
		if (value instanceof Boolean bool) {
			return RawCell.bool(bool);
		}
		String text = value == null ? "" : value.toString();
		return ERROR_CODES.contains(text) ? RawCell.error(text) : RawCell.text(text);
	}

	private RawCell number(BigDecimal value, Cell cell) {
		return RawCell.number(value, style(cell.getDataFormatId(), cell.getDataFormatString()), workbook.isDate1904());
	}

	static NumberStyle style(Integer formatId, String format) {
		if (formatId != null && DATE_FORMAT_IDS.contains(formatId)) {
			return NumberStyle.DATE;
		}
		if (formatId != null && (formatId == 9 || formatId == 10)) {
			return NumberStyle.PERCENT;
		}
		if (format == null) {
			return NumberStyle.PLAIN;
		}
		// only the first section (positive numbers) counts; quoted text, escapes and [colour/locale] tags are no codes
		String codes = format.split(";", 2)[0].replaceAll("\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]|_.|\\*.", "").toLowerCase(Locale.ROOT);
		if (codes.contains("%")) {
			return NumberStyle.PERCENT;
		}
		if (!codes.contains("general") && codes.replaceAll("e[+-]", "").matches(".*[ydmhs].*")) {
			return NumberStyle.DATE;
		}
		return NumberStyle.PLAIN;
	}

	@Override
	public void close() {
		try {
			stream.close();
			workbook.close();
		}
		catch (IOException | UncheckedIOException e) {
			// nothing left to read
		}
	}
}
