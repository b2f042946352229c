package io.cotrain.portal;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * The one way CoTrain's API describes an error: an RFC 9457 problem detail with a stable
 * {@code type} of {@code urn:cotrain:problem:<name>} and a title and detail from the message bundles
 * ({@code problem.<key>.title}, {@code problem.<key>.detail}) in the caller's language.
 */
@Component
public class Problems {

	public static final String TYPE_PREFIX = "urn:cotrain:problem:";

	private final MessageSource messages;
	private final JsonMapper json;

	Problems(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	public ProblemDetail of(HttpStatusCode status, String type, String key, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key + ".detail", null, locale));
		problem.setType(URI.create(TYPE_PREFIX + type));
		problem.setTitle(messages.getMessage(key + ".title", null, locale));
		return problem;
	}

	/** Writes a problem directly to a response (filters, entry points: no MVC there). */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String type, String key,
			Locale locale) throws IOException {
		ProblemDetail problem = of(status, type, key, locale);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), body);
	}
}
