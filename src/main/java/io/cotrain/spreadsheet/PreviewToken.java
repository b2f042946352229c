package io.cotrain.spreadsheet;

import java.util.Objects;
import java.util.UUID;

import io.cotrain.shared.RuleViolationException;

/** Names a stored {@link ImportPreview} between the preview page and the apply request. */
public record PreviewToken(UUID value) {

	public PreviewToken {
		Objects.requireNonNull(value, "value");
	}

	/** @throws RuleViolationException ({@code spreadsheet.preview.unknown}) when the text is no token */
	public static PreviewToken of(String text) {
		try {
			return new PreviewToken(UUID.fromString(text == null ? "" : text.trim()));
		}
		catch (IllegalArgumentException e) {
			throw RuleViolationException.of("token", "spreadsheet.preview.unknown");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
