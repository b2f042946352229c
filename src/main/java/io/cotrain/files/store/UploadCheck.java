package io.cotrain.files.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.cotrain.files.FileKind;
import io.cotrain.files.Upload;
import io.cotrain.shared.RuleViolationException;

/**
 * The checks of an upload, cheapest first: the name (its extension must name an allowed kind — decided before a byte
 * is read), then the content read once up to the limit plus one byte (not empty, not over the limit), then what the
 * content is, which must be what the extension says. Every refusal is a {@link RuleViolationException} on field
 * {@value #FIELD}.
 */
final class UploadCheck {

	static final String FIELD = "file";
	static final long MB = 1024L * 1024;

	/** An upload that passed: its safe name, its kind and its bytes. */
	record Checked(String name, FileKind kind, UploadBuffer content) {
	}

	private UploadCheck() {
	}

	static Checked check(Upload upload, Set<FileKind> allowed, int maxSizeMb, int chunkSize) {
		String name = FileNames.displayName(upload.name()).orElseThrow(() -> refuse("files.nameInvalid"));
		if (allowed.isEmpty()) {
			throw refuse("files.noTypeAllowed");
		}
		String extension = FileNames.extension(name);
		FileKind claimed = FileKind.byExtension(extension).filter(allowed::contains)
			.orElseThrow(() -> refuse("files.typeNotAllowed", extensions(allowed)));
		UploadBuffer content = read(upload, maxSizeMb * MB, chunkSize);
		if (content.isEmpty()) {
			throw refuse("files.empty");
		}
		if (content.overLimit()) {
			throw refuse("files.tooLarge", maxSizeMb);
		}
		Optional<FileKind> actual = ContentSniffer.kindOf(content, claimed);
		if (actual.isEmpty()) {
			boolean text = claimed == FileKind.TXT || claimed == FileKind.CSV;
			throw refuse(text ? "files.textNotUtf8" : "files.contentUnknown", extension);
		}
		if (actual.get() != claimed) {
			throw refuse("files.contentMismatch", extension, actual.get().extensions().get(0));
		}
		return new Checked(name, claimed, content);
	}

	private static UploadBuffer read(Upload upload, long limit, int chunkSize) {
		try (InputStream in = upload.content().getInputStream()) {
			return UploadBuffer.read(in, limit, chunkSize);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the upload", e);
		}
	}

	/** {@code .pdf, .docx, …} in the kinds' order. */
	static String extensions(Set<FileKind> kinds) {
		return kinds.stream().sorted().flatMap(k -> k.extensions().stream()).map(e -> "." + e).collect(Collectors.joining(", "));
	}

	private static RuleViolationException refuse(String code, Object... args) {
		return RuleViolationException.of(FIELD, code, args);
	}
}
