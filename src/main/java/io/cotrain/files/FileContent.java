package io.cotrain.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

import org.springframework.core.io.AbstractResource;

/**
 * A stored file as a Spring {@link org.springframework.core.io.Resource}: its length is known without reading, and
 * each {@link #getInputStream()} opens the content anew, so Spring MVC can answer HTTP range requests (skipping
 * chunks, not reading them).
 */
public final class FileContent extends AbstractResource {

	/** Opens the content from its start. */
	@FunctionalInterface
	public interface Opener {
		InputStream open() throws IOException;
	}

	private final StoredFile file;
	private final Opener opener;

	public FileContent(StoredFile file, Opener opener) {
		this.file = Objects.requireNonNull(file, "file");
		this.opener = Objects.requireNonNull(opener, "opener");
	}

	public StoredFile file() {
		return file;
	}

	@Override
	public InputStream getInputStream() throws IOException {
		return opener.open();
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public long contentLength() {
		return file.size();
	}

	@Override
	public long lastModified() {
		return file.createdAt().toEpochMilli();
	}

	@Override
	public String getFilename() {
		return file.name();
	}

	@Override
	public String getDescription() {
		return "stored file " + file.id();
	}
}
