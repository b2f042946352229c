package io.cotrain.spreadsheet.cells;

import java.util.List;

/** What reading one cell gave: a value (null for blank), or a message code and arguments of the problem. */
public record Outcome(Object value, String code, List<String> args) {

	static final Outcome BLANK = new Outcome(null, null, List.of());

	static Outcome of(Object value) {
		return new Outcome(value, null, List.of());
	}

	static Outcome problem(String code, String... args) {
		return new Outcome(null, code, List.of(args));
	}

	public boolean failed() {
		return code != null;
	}
}
