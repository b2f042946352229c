package io.cotrain.spreadsheet;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.springframework.context.MessageSourceResolvable;

/**
 * A problem found in a file: in a row and column, or in the file as a whole. The message is a key of the
 * message bundles with its arguments, so the UI shows it in the reader's language.
 *
 * @param rowNumber the spreadsheet row number, or {@link #FILE} (0) for a problem of the whole file
 * @param columnKey the column concerned, or null
 * @param header the column's header as the file wrote it (or its label when it is missing), or null
 * @param messageCode the message key, e.g. {@code spreadsheet.error.required}
 * @param args the message arguments, as text
 */
public record RowError(int rowNumber, String columnKey, String header, String messageCode, List<String> args)
		implements MessageSourceResolvable {

	public static final int FILE = 0;

	public RowError {
		Objects.requireNonNull(messageCode, "messageCode");
		args = args == null ? List.of() : List.copyOf(args);
	}

	public static RowError of(int rowNumber, String columnKey, String header, String messageCode, Object... args) {
		return new RowError(rowNumber, columnKey, header, messageCode, texts(args));
	}

	public static RowError file(String messageCode, Object... args) {
		return new RowError(FILE, null, null, messageCode, texts(args));
	}

	public boolean fileLevel() {
		return rowNumber == FILE;
	}

	@Override
	public String[] getCodes() {
		return new String[] { messageCode };
	}

	@Override
	public Object[] getArguments() {
		return args.toArray();
	}

	@Override
	public String getDefaultMessage() {
		return messageCode + args;
	}

	private static List<String> texts(Object... args) {
		return args == null ? List.of() : Arrays.stream(args).map(String::valueOf).toList();
	}
}
