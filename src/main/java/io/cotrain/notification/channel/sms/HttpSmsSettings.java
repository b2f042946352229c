package io.cotrain.notification.channel.sms;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cotrain.shared.RuleViolationException.Violation;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.json.JsonMapper;

/**
 * How to reach an SMS provider that takes JSON over HTTPS. The body template is JSON with placeholders inside its
 * strings — {@code {{to}}} (E.164, {@code +8613800000000}), {@code {{to_digits}}} (the same without {@code +}) and
 * {@code {{text}}} — that are replaced by JSON-escaped values, e.g.
 * {@code {"mobile":"{{to}}","content":"{{text}}"}}. {@link #toString()} never shows the auth header's value.
 *
 * @param url where to POST; https, except for a loopback host (local relays and tests)
 * @param authHeaderName the header carrying the credentials (e.g. {@code Authorization}), or blank for none
 * @param authHeaderValue its value (e.g. {@code Bearer …}); required with a header name
 * @param bodyTemplate the JSON body with placeholders; must contain {@code {{to}}} or {@code {{to_digits}}}, and {@code {{text}}}
 * @param messageIdPointer a JSON pointer to the provider's message id in a 2xx response (e.g. {@code /data/msgId}), or blank
 * @param connectTimeout how long to wait for the connection (default 10 s)
 * @param requestTimeout how long to wait for the response (default 10 s)
 */
public record HttpSmsSettings(String url, String authHeaderName, String authHeaderValue, String bodyTemplate,
		String messageIdPointer, Duration connectTimeout, Duration requestTimeout) {

	static final JsonMapper JSON = JsonMapper.builder().build();
	private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");
	private static final Set<String> PLACEHOLDERS = Set.of("to", "to_digits", "text");
	private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
	/** Headers the HTTP client sets itself (java.net.http refuses them). */
	private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");
	private static final Pattern LOOPBACK = Pattern.compile("localhost|127(\\.\\d{1,3}){3}|\\[::1]", Pattern.CASE_INSENSITIVE);

	public HttpSmsSettings {
		url = trim(url);
		authHeaderName = trim(authHeaderName);
		authHeaderValue = authHeaderValue == null ? "" : authHeaderValue;
		bodyTemplate = bodyTemplate == null ? "" : bodyTemplate;
		messageIdPointer = trim(messageIdPointer);
		connectTimeout = connectTimeout == null ? DEFAULT_TIMEOUT : connectTimeout;
		requestTimeout = requestTimeout == null ? DEFAULT_TIMEOUT : requestTimeout;
	}

	/** What is wrong, as (field, message key, arguments); empty when the settings can be used. */
	public List<Violation> problems() {
		List<Violation> problems = new ArrayList<>();
		urlProblem().ifPresent(problems::add);
		if (!authHeaderName.isEmpty() && (!TOKEN.matcher(authHeaderName).matches()
				|| RESTRICTED.contains(authHeaderName.toLowerCase(Locale.ROOT)))) {
			problems.add(new Violation("authHeaderName", "notification.sms.http.authHeaderInvalid"));
		}
		if (!authHeaderName.isEmpty() && authHeaderValue.isBlank()) {
			problems.add(new Violation("authHeaderValue", "notification.sms.http.authValueRequired"));
		}
		problems.addAll(templateProblems());
		if (!messageIdPointer.isEmpty()) {
			try {
				JsonPointer.compile(messageIdPointer);
			}
			catch (IllegalArgumentException e) {
				problems.add(new Violation("messageIdPointer", "notification.sms.http.pointerInvalid"));
			}
		}
		checkRange(problems, "connectTimeout", connectTimeout);
		checkRange(problems, "requestTimeout", requestTimeout);
		return problems;
	}

	/** The template with the values put in, JSON-escaped. */
	String body(String to, String text) {
		Map<String, String> values = Map.of("to", to, "to_digits", to.startsWith("+") ? to.substring(1) : to, "text", text);
		Matcher matcher = PLACEHOLDER.matcher(bodyTemplate);
		StringBuilder body = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(body, Matcher.quoteReplacement(escape(values.getOrDefault(matcher.group(1), ""))));
		}
		matcher.appendTail(body);
		return body.toString();
	}

	URI uri() {
		return URI.create(url);
	}

	@Override
	public String toString() {
		return "HttpSmsSettings[" + url + (authHeaderName.isEmpty() ? "" : ", " + authHeaderName + ": ****") + "]";
	}

	private Optional<Violation> urlProblem() {
		if (url.isEmpty()) {
			return Optional.of(new Violation("url", "notification.sms.http.urlRequired"));
		}
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException e) {
			return Optional.of(new Violation("url", "notification.sms.http.urlInvalid"));
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
			return Optional.of(new Violation("url", "notification.sms.http.urlInvalid"));
		}
		if (scheme.equals("http") && !LOOPBACK.matcher(uri.getHost()).matches()) {
			return Optional.of(new Violation("url", "notification.sms.http.httpsRequired"));
		}
		return Optional.empty();
	}

	private List<Violation> templateProblems() {
		if (bodyTemplate.isBlank()) {
			return List.of(new Violation("bodyTemplate", "notification.sms.http.templateRequired"));
		}
		Map<String, Violation> problems = new LinkedHashMap<>();
		Set<String> used = new HashSet<>();
		Matcher matcher = PLACEHOLDER.matcher(bodyTemplate);
		while (matcher.find()) {
			used.add(matcher.group(1));
			if (!PLACEHOLDERS.contains(matcher.group(1))) {
				problems.putIfAbsent(matcher.group(1),
						new Violation("bodyTemplate", "notification.sms.http.templateUnknownPlaceholder", matcher.group()));
			}
		}
		if (!used.contains("to") && !used.contains("to_digits")) {
			problems.put("{{to}}", new Violation("bodyTemplate", "notification.sms.http.templatePlaceholderMissing", "{{to}}"));
		}
		if (!used.contains("text")) {
			problems.put("{{text}}", new Violation("bodyTemplate", "notification.sms.http.templatePlaceholderMissing", "{{text}}"));
		}
		try {
			JSON.readTree(body("+8613800000000", "\"示例\" text\n"));
		}
		catch (JacksonException e) {
			problems.put("json", new Violation("bodyTemplate", "notification.sms.http.templateInvalidJson", e.getOriginalMessage()));
		}
		return List.copyOf(problems.values());
	}

	/** The value as the inside of a JSON string. */
	private static String escape(String value) {
		String quoted = JSON.writeValueAsString(value);
		return quoted.substring(1, quoted.length() - 1);
	}

	private static void checkRange(List<Violation> problems, String field, Duration value) {
		if (value.compareTo(Duration.ofSeconds(1)) < 0 || value.compareTo(Duration.ofMinutes(2)) > 0) {
			problems.add(new Violation(field, "notification.sms.durationRange", 1, 120));
		}
	}

	private static String trim(String value) {
		return value == null ? "" : value.strip();
	}
}
