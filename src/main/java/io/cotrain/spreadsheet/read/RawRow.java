package io.cotrain.spreadsheet.read;

import java.util.List;

import io.cotrain.spreadsheet.cells.RawCell;

/** A row as the file holds it: its spreadsheet row number and its cells by column index. */
record RawRow(int number, List<RawCell> cells) {

	RawCell cell(int index) {
		return index < cells.size() && cells.get(index) != null ? cells.get(index) : RawCell.BLANK;
	}

	boolean isBlank() {
		return cells.stream().allMatch(c -> c == null || c.isBlank());
	}
}
