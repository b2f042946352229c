package io.cotrain.files;

import java.io.ByteArrayInputStream;
import java.util.Objects;

import org.springframework.core.io.InputStreamSource;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file to store: the name the client gave and its content. The content is read once; its declared size and
 * content type are not trusted (the store counts the bytes and looks at them).
 */
public record Upload(String name, InputStreamSource content) {

	public Upload {
		Objects.requireNonNull(content, "content");
	}

	public static Upload of(MultipartFile file) {
		return new Upload(file.getOriginalFilename(), file);
	}

	public static Upload of(String name, byte[] bytes) {
		return new Upload(name, () -> new ByteArrayInputStream(bytes));
	}
}
