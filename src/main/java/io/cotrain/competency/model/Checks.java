package io.cotrain.competency.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.cotrain.shared.RuleViolationException;
import io.cotrain.shared.RuleViolationException.Violation;

/** Collects every problem of an input by field. */
final class Checks {

	static final Pattern CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$");

	private final List<Violation> violations = new ArrayList<>();

	Checks add(String field, String code, Object... args) {
		violations.add(new Violation(field, code, args));
		return this;
	}

	String required(String field, String value, int max) {
		String text = trim(value);
		if (text == null || text.length() > max) {
			add(field, "validation.text", max);
		}
		return text;
	}

	String optional(String field, String value, int max) {
		String text = trim(value);
		if (text != null && text.length() > max) {
			add(field, "validation.text.optional", max);
		}
		return text;
	}

	String code(String field, String value) {
		String text = trim(value);
		if (text == null || !CODE.matcher(text).matches()) {
			add(field, "validation.employee.code");
		}
		return text;
	}

	<T> T present(String field, T value) {
		if (value == null) {
			add(field, "validation.selection");
		}
		return value;
	}

	/** A level 1–5. */
	Integer level(String field, Integer value) {
		if (value == null || value < 1 || value > 5) {
			add(field, "validation.competency.level");
		}
		return value;
	}

	boolean has(String field) {
		return violations.stream().anyMatch(v -> field.equals(v.field()));
	}

	void throwIfAny() {
		if (!violations.isEmpty()) {
			throw new RuleViolationException(List.copyOf(violations));
		}
	}

	static String trim(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
