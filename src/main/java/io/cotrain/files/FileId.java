package io.cotrain.files;

import java.util.Objects;
import java.util.UUID;

/** The id of a stored file; modules keep it in their own rows (no foreign key across modules). */
public record FileId(UUID value) {

	public FileId {
		Objects.requireNonNull(value, "value");
	}

	public static FileId of(String text) {
		return new FileId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
