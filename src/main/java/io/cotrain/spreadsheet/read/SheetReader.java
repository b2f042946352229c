package io.cotrain.spreadsheet.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cotrain.spreadsheet.ImportPreview;
import io.cotrain.spreadsheet.RowError;
import io.cotrain.spreadsheet.SpreadsheetFile;
import io.cotrain.spreadsheet.SpreadsheetProperties;
import io.cotrain.spreadsheet.SpreadsheetSchema;

/**
 * Reads a file into an {@link ImportPreview}: checks the size (reading at most one byte more than allowed),
 * tells xlsx from csv by content and name, and hands the rows to a {@link TableReader}. A file that cannot be
 * read gives a preview with one file-level error and no rows.
 */
public final class SheetReader {

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private final SpreadsheetProperties limits;

	public SheetReader(SpreadsheetProperties limits) {
		this.limits = limits;
	}

	public ImportPreview read(SpreadsheetSchema schema, SpreadsheetFile file, String sheetName, Locale locale) {
		try {
			byte[] bytes = bytesOf(file);
			TableReader.Result result = rowsOf(bytes, file.name(), sheetName, it -> new TableReader(schema, limits.maxRows(), locale).read(it));
			return new ImportPreview(schema.name(), file.name(), result.headers(), result.rows(), result.errors());
		}
		catch (UnreadableFileException e) {
			return new ImportPreview(schema.name(), file.name(), Map.of(), List.of(),
					List.of(RowError.file(e.code(), e.args().toArray())));
		}
	}

	private TableReader.Result rowsOf(byte[] bytes, String name, String sheetName,
			java.util.function.Function<Iterator<RawRow>, TableReader.Result> reader) {
		if (startsWith(bytes, ZIP)) {
			ZipGuard.check(bytes, limits.maxUnpackedBytes());
			try (XlsxRows rows = new XlsxRows(bytes, sheetName)) {
				return reader.apply(rows);
			}
		}
		if (startsWith(bytes, OLE2)) {
			throw new UnreadableFileException("spreadsheet.file.oldExcel");
		}
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
			return reader.apply(new CsvRows(TextDecoding.decode(bytes)));
		}
		throw new UnreadableFileException("spreadsheet.file.unsupported");
	}

	private byte[] bytesOf(SpreadsheetFile file) {
		long max = limits.maxFileSize().toBytes();
		String limit = sizeText(max);
		if (file.size() > max) {
			throw new UnreadableFileException("spreadsheet.file.tooLarge", limit);
		}
		byte[] bytes;
		try (InputStream in = file.content().getInputStream()) {
			bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
		}
		catch (IOException e) {
			throw new UnreadableFileException("spreadsheet.file.unreadable");
		}
		if (bytes.length > max) {
			throw new UnreadableFileException("spreadsheet.file.tooLarge", limit);
		}
		if (bytes.length == 0) {
			throw new UnreadableFileException("spreadsheet.file.empty");
		}
		return bytes;
	}

	/** "10 MB", "512 KB": the limit as people read it. */
	static String sizeText(long bytes) {
		if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
			return bytes / (1024 * 1024) + " MB";
		}
		return bytes >= 1024 ? (bytes + 1023) / 1024 + " KB" : bytes + " B";
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && java.util.Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}
}
