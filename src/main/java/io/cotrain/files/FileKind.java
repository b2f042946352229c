package io.cotrain.files;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.MediaType;

/**
 * The kinds of file the store accepts. A file's kind is told by its content (magic bytes, the parts of an Office
 * Open XML package, valid UTF-8 text) and its name's extension must agree; the client's Content-Type is never
 * trusted. Videos are not stored: they are links.
 */
public enum FileKind {

	PDF(Category.DOCUMENT, "application/pdf", true, "pdf"),
	DOCX(Category.DOCUMENT, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false, "docx"),
	XLSX(Category.DOCUMENT, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false, "xlsx"),
	PPTX(Category.DOCUMENT, "application/vnd.openxmlformats-officedocument.presentationml.presentation", false, "pptx"),
	TXT(Category.DOCUMENT, "text/plain;charset=UTF-8", false, "txt"),
	CSV(Category.DOCUMENT, "text/csv;charset=UTF-8", false, "csv"),
	PNG(Category.IMAGE, "image/png", true, "png"),
	JPEG(Category.IMAGE, "image/jpeg", true, "jpg", "jpeg"),
	GIF(Category.IMAGE, "image/gif", true, "gif"),
	WEBP(Category.IMAGE, "image/webp", true, "webp");

	/** What a tenant switches on or off as a whole ({@link FileSettings}). */
	public enum Category {
		DOCUMENT, IMAGE
	}

	private final Category category;
	private final MediaType mediaType;
	private final boolean inlineSafe;
	private final List<String> extensions;

	FileKind(Category category, String mediaType, boolean inlineSafe, String... extensions) {
		this.category = category;
		this.mediaType = MediaType.parseMediaType(mediaType);
		this.inlineSafe = inlineSafe;
		this.extensions = List.of(extensions);
	}

	public Category category() {
		return category;
	}

	/** The content type the file is served with (text as UTF-8). */
	public MediaType mediaType() {
		return mediaType;
	}

	/** Whether a browser may show it in the page (images and PDF); everything else is always downloaded. */
	public boolean inlineSafe() {
		return inlineSafe;
	}

	/** Lower case, without the dot; the first is the usual one. */
	public List<String> extensions() {
		return extensions;
	}

	/** The kind a file name's extension claims, ignoring case. */
	public static Optional<FileKind> byExtension(String extension) {
		String wanted = extension == null ? "" : extension.toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(k -> k.extensions.contains(wanted)).findFirst();
	}

	public static Set<FileKind> of(Category category) {
		EnumSet<FileKind> kinds = EnumSet.noneOf(FileKind.class);
		Arrays.stream(values()).filter(k -> k.category == category).forEach(kinds::add);
		return kinds;
	}
}
