package io.cotrain.files;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Answers for the controllers that serve stored files after checking access: the content type decided at upload
 * (never the client's), its length, {@code X-Content-Type-Options: nosniff} and a Content-Disposition with the name
 * for every browser (RFC 6266: an ASCII {@code filename} and the UTF-8 {@code filename*}, so Chinese names survive).
 * Range requests work (Spring MVC answers 206 from the {@link FileContent}).
 */
public final class FileResponses {

	private FileResponses() {
	}

	/** Shown in the browser where that is safe (images, PDF); any other kind is downloaded all the same. */
	public static ResponseEntity<Resource> inline(FileContent content) {
		return answer(content, content.file().kind().inlineSafe() ? ContentDisposition.inline() : ContentDisposition.attachment());
	}

	/** Always downloaded. */
	public static ResponseEntity<Resource> attachment(FileContent content) {
		return answer(content, ContentDisposition.attachment());
	}

	private static ResponseEntity<Resource> answer(FileContent content, ContentDisposition.Builder disposition) {
		StoredFile file = content.file();
		return ResponseEntity.ok()
			.contentType(file.contentType())
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}
}
