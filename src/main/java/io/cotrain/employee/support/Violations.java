package io.cotrain.employee.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.cotrain.shared.RuleViolationException;
import io.cotrain.shared.RuleViolationException.Violation;

/** Collects every problem of an input by field, so a form shows them all at once. */
public final class Violations {

	/** Codes of org units, positions and employee numbers: letters, digits, dot, dash, underscore; 1–32. */
	public static final Pattern CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$");

	private final List<Violation> violations = new ArrayList<>();

	public Violations add(String field, String code, Object... args) {
		violations.add(new Violation(field, code, args));
		return this;
	}

	/** The trimmed text, or a violation when it is blank or longer than {@code max}. */
	public String required(String field, String value, int max) {
		String text = trim(value);
		if (text == null || text.length() > max) {
			add(field, "validation.text", max);
		}
		return text;
	}

	/** The trimmed text or null, with a violation when it is longer than {@code max}. */
	public String optional(String field, String value, int max) {
		String text = trim(value);
		if (text != null && text.length() > max) {
			add(field, "validation.text.optional", max);
		}
		return text;
	}

	public String code(String field, String value) {
		String text = trim(value);
		if (text == null || !CODE.matcher(text).matches()) {
			add(field, "validation.employee.code");
		}
		return text;
	}

	public <T> T present(String field, T value) {
		if (value == null) {
			add(field, "validation.selection");
		}
		return value;
	}

	public boolean isEmpty() {
		return violations.isEmpty();
	}

	public boolean has(String field) {
		return violations.stream().anyMatch(v -> field.equals(v.field()));
	}

	public void throwIfAny() {
		if (!violations.isEmpty()) {
			throw new RuleViolationException(List.copyOf(violations));
		}
	}

	public static String trim(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
