package io.cotrain.portal.web;

import io.cotrain.portal.Problems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What the servlet container's error dispatch shows (unknown routes, wrong methods, unhandled exceptions):
 * a problem detail for the API, a localized error page for everything else. Public: it only describes
 * the error of the request that was already refused or failed.
 */
@Controller
class ErrorPagesController implements ErrorController {

	private final Problems problems;

	ErrorPagesController(Problems problems) {
		this.problems = problems;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = status(request);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null && uri.toString().startsWith(request.getContextPath() + "/api/")) {
			String key = switch (status) {
				case NOT_FOUND -> "problem.notFound";
				case METHOD_NOT_ALLOWED -> "problem.method";
				case UNAUTHORIZED -> "problem.unauthenticated";
				case FORBIDDEN -> "problem.forbidden";
				default -> status.is4xxClientError() ? "problem.request" : "problem.internal";
			};
			String type = status == HttpStatus.NOT_FOUND ? "not-found" : status.is5xxServerError() ? "internal" : "http-" + status.value();
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problems.of(status, type, key, LocaleContextHolder.getLocale()));
		}
		response.setStatus(status.value());
		return switch (status) {
			case NOT_FOUND -> "error/404";
			case FORBIDDEN -> "error/403";
			default -> "error";
		};
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}
}
