package io.cotrain.portal;

import java.util.Set;

import io.cotrain.shared.RuleViolationException;

import org.springframework.validation.BindingResult;

/** Puts a service's rule violations next to the form fields they concern. */
public final class FormErrors {

	private FormErrors() {
	}

	public static void apply(RuleViolationException e, BindingResult result, Set<String> formFields) {
		e.violations().forEach(v -> {
			if (v.field() != null && formFields.contains(v.field())) {
				result.rejectValue(v.field(), v.code(), v.args(), v.code());
			}
			else {
				result.reject(v.code(), v.args(), v.code());
			}
		});
	}
}
