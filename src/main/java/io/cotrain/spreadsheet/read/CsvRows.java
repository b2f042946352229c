package io.cotrain.spreadsheet.read;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import io.cotrain.spreadsheet.cells.RawCell;

/**
 * RFC 4180 records of a CSV text: fields in double quotes may hold separators, line breaks and doubled
 * quotes; lines end in CRLF, LF or CR. Like Excel it is lenient where the RFC is strict (a quote inside an
 * unquoted field is kept, text after a closing quote is appended), but a quote that is never closed is an
 * error rather than a silently swallowed rest of the file. Records are numbered as Excel shows them: one row
 * per record, however many lines it spans. The separator is a comma, or a tab when the first line has tabs
 * and no commas (Excel's "Unicode text").
 */
final class CsvRows implements Iterator<RawRow> {

	private final String text;
	private final char separator;
	private int pos;
	private int record;

	CsvRows(String text) {
		this.text = text;
		this.separator = separatorOf(text);
	}

	private static char separatorOf(String text) {
		int end = text.indexOf('\n');
		String firstLine = end < 0 ? text : text.substring(0, end);
		return firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 ? '\t' : ',';
	}

	@Override
	public boolean hasNext() {
		return pos < text.length();
	}

	@Override
	public RawRow next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		record++;
		List<RawCell> cells = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int quoteStart = -1;
		while (pos < text.length()) {
			char c = text.charAt(pos++);
			if (quoted) {
				if (c != '"') {
					field.append(c);
				}
				else if (pos < text.length() && text.charAt(pos) == '"') {
					field.append('"');
					pos++;
				}
				else {
					quoted = false;
				}
			}
			else if (c == '"' && field.isEmpty() && quoteStart != cells.size()) {
				quoted = true;
				quoteStart = cells.size();
			}
			else if (c == separator) {
				cells.add(RawCell.text(field.toString()));
				field.setLength(0);
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
					pos++;
				}
				break;
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			throw new UnreadableFileException("spreadsheet.file.unclosedQuote", record);
		}
		cells.add(RawCell.text(field.toString()));
		return new RawRow(record, cells);
	}
}
