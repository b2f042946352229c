package io.cotrain.tenancy.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** 401 and 403 of the API as RFC 9457 problem details, in the caller's language. */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final JsonMapper json;
	private final MessageSource messages;
	private final LocaleResolver locales;

	ProblemResponses(JsonMapper json, MessageSource messages, LocaleResolver locales) {
		this.json = json;
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
		response.setHeader("WWW-Authenticate", "Basic realm=\"CoTrain\", Bearer");
		boolean locked = e instanceof org.springframework.security.authentication.LockedException;
		write(request, response, HttpServletResponse.SC_UNAUTHORIZED, locked ? "account-locked" : "unauthenticated",
				locked ? "problem.locked" : "problem.unauthenticated");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
		write(request, response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "problem.forbidden");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, int status, String type, String key)
			throws IOException {
		Locale locale = locales.resolveLocale(request);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "urn:cotrain:problem:" + type);
		body.put("title", messages.getMessage(key + ".title", null, locale));
		body.put("status", status);
		body.put("detail", messages.getMessage(key + ".detail", null, locale));
		body.put("instance", request.getRequestURI());
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), body);
	}
}
