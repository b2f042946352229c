package io.cotrain.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file to read: its name (the extension helps to tell csv from xlsx), its declared size and its content.
 * Only the first {@code max-file-size} bytes are ever read, whatever the declared size says.
 */
public record SpreadsheetFile(String name, long size, InputStreamSource content) {

	public SpreadsheetFile {
		name = name == null ? "" : name;
		Objects.requireNonNull(content, "content");
	}

	public static SpreadsheetFile of(MultipartFile upload) {
		return new SpreadsheetFile(upload.getOriginalFilename(), upload.getSize(), upload);
	}

	public static SpreadsheetFile of(String name, byte[] bytes) {
		return new SpreadsheetFile(name, bytes.length, () -> new ByteArrayInputStream(bytes));
	}

	public static SpreadsheetFile of(Path path) {
		try {
			return new SpreadsheetFile(path.getFileName().toString(), Files.size(path), new FileSystemResource(path));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
