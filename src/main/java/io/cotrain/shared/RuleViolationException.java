package io.cotrain.shared;

import java.util.List;

/**
 * A request that is well-formed but breaks a business rule (a duplicate code, an unknown role…). The API
 * answers 422 with the field errors; forms show them next to the fields.
 */
public class RuleViolationException extends RuntimeException {

	/** @param field the input field at fault, or null for the whole request; code is a message key */
	public record Violation(String field, String code, Object... args) {
	}

	private final List<Violation> violations;

	public RuleViolationException(List<Violation> violations) {
		super(violations.toString());
		this.violations = List.copyOf(violations);
	}

	public static RuleViolationException of(String field, String code, Object... args) {
		return new RuleViolationException(List.of(new Violation(field, code, args)));
	}

	public List<Violation> violations() {
		return violations;
	}
}
