package io.cotrain.tenancy.security;

import java.io.IOException;

import io.cotrain.portal.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** 401 and 403 of the API as problem details, in the caller's language. */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final Problems problems;
	private final LocaleResolver locales;

	ProblemResponses(Problems problems, LocaleResolver locales) {
		this.problems = problems;
		this.locales = locales;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
		response.setHeader("WWW-Authenticate", "Basic realm=\"CoTrain\", Bearer");
		boolean locked = e instanceof LockedException;
		problems.write(request, response, HttpStatus.UNAUTHORIZED, locked ? "account-locked" : "unauthenticated",
				locked ? "problem.locked" : "problem.unauthenticated", locales.resolveLocale(request));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
		problems.write(request, response, HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden", locales.resolveLocale(request));
	}
}
