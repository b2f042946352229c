package io.cotrain.files;

import java.time.Instant;

/**
 * What the store knows of a file (never its bytes).
 *
 * @param name the display name as uploaded, made safe: no path, no control or direction characters
 * @param size in bytes
 * @param sha256 lower-case hex SHA-256 of the content
 * @param createdBy the uploader's login name, or {@code system}
 */
public record StoredFile(FileId id, String name, FileKind kind, long size, String sha256, Instant createdAt, String createdBy) {

	/** The content type it is served with (decided from the content, not the client). */
	public org.springframework.http.MediaType contentType() {
		return kind.mediaType();
	}
}
