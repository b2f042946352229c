package io.cotrain.spreadsheet.read;

import java.util.List;

/** The file cannot be read on: a file-level message code and its arguments. */
class UnreadableFileException extends RuntimeException {

	private final String code;
	private final List<String> args;

	UnreadableFileException(String code, Object... args) {
		super(code);
		this.code = code;
		this.args = java.util.Arrays.stream(args).map(String::valueOf).toList();
	}

	String code() {
		return code;
	}

	List<String> args() {
		return args;
	}
}
