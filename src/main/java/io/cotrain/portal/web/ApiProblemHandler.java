package io.cotrain.portal.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.cotrain.portal.Problems;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the REST API as RFC 9457 problem details with a stable {@code type}: 404 for what the caller
 * cannot see, 422 with an {@code errors} list of {@code {field, code, message}} for invalid input.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private final MessageSource messages;
	private final Problems problems;

	ApiProblemHandler(MessageSource messages, Problems problems) {
		this.messages = messages;
		this.problems = problems;
	}

	record FieldError(String field, String code, String message) {
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "not-found", "problem.notFound");
		problem.setProperty("subject", e.subject());
		return problem;
	}

	@ExceptionHandler(RuleViolationException.class)
	ProblemDetail invalid(RuleViolationException e) {
		Locale locale = LocaleContextHolder.getLocale();
		List<FieldError> errors = e.violations().stream()
			.map(v -> new FieldError(v.field(), v.code(), messages.getMessage(v.code(), v.args(), v.code(), locale))).toList();
		return validation(errors);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
			.map(f -> new FieldError(f.getField(), f.getCode(), messages.getMessage(f, locale))).toList();
		return ResponseEntity.unprocessableEntity().body(validation(errors));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		if (body instanceof ProblemDetail problem && (problem.getType() == null || problem.getType().equals(URI.create("about:blank")))) {
			problem.setType(URI.create(Problems.TYPE_PREFIX + "http-" + status.value()));
		}
		return super.createResponseEntity(body, headers, status, request);
	}

	private ProblemDetail validation(List<FieldError> errors) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "validation", "problem.validation");
		problem.setProperty("errors", errors);
		return problem;
	}

	private ProblemDetail problem(HttpStatus status, String type, String key) {
		return problems.of(status, type, key, LocaleContextHolder.getLocale());
	}

}
