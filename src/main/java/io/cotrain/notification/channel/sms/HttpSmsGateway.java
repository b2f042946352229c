package io.cotrain.notification.channel.sms;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.cotrain.notification.channel.Attempt;
import io.cotrain.notification.channel.SmsGateway;
import io.cotrain.shared.RuleViolationException.Violation;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Sends SMS through a provider's JSON-over-HTTPS API: one POST per message (the provider splits long texts).
 * 2xx is SENT (with the id found at the configured JSON pointer), 408, 429, 5xx and network problems are RETRY, any
 * other status FAILED with the status and the start of the response body. Thread-safe.
 */
public final class HttpSmsGateway implements SmsGateway {

	private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
	private static final int DETAIL_BODY = 200;

	private final HttpSmsSettings settings;
	private final HttpClient client;

	public HttpSmsGateway(HttpSmsSettings settings) {
		this.settings = settings;
		this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
				.followRedirects(HttpClient.Redirect.NEVER).build();
	}

	@Override
	public Attempt send(SmsMessage message) {
		List<Violation> problems = settings.problems();
		if (!problems.isEmpty()) {
			return Attempt.failed("HTTP SMS settings incomplete: " + problems.stream().map(Violation::field).distinct()
					.collect(Collectors.joining(", ")));
		}
		if (message.to() == null || !E164.matcher(message.to()).matches()) {
			return Attempt.failed("invalid destination number (E.164 expected, e.g. +8613800000000)");
		}
		if (message.text() == null || message.text().isEmpty()) {
			return Attempt.failed("empty text");
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(settings.uri()).timeout(settings.requestTimeout())
				.header("Content-Type", "application/json; charset=utf-8").header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(settings.body(message.to(), message.text()), StandardCharsets.UTF_8));
		if (!settings.authHeaderName().isEmpty()) {
			request.header(settings.authHeaderName(), settings.authHeaderValue());
		}
		HttpResponse<String> response;
		try {
			response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (HttpTimeoutException e) {
			return Attempt.retry("no response from " + settings.uri().getHost() + " in time: " + e.getMessage());
		}
		catch (IOException e) {
			return Attempt.retry("cannot reach " + settings.uri().getHost() + ": " + e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Attempt.retry("interrupted while waiting for " + settings.uri().getHost());
		}
		return outcome(response.statusCode(), response.body());
	}

	private Attempt outcome(int status, String body) {
		if (status >= 200 && status < 300) {
			return accepted(body);
		}
		String detail = "HTTP " + status + ": " + shorten(body);
		return status == 408 || status == 429 || status >= 500 ? Attempt.retry(detail) : Attempt.failed(detail);
	}

	private Attempt accepted(String body) {
		if (settings.messageIdPointer().isEmpty()) {
			return Attempt.sent(null);
		}
		try {
			JsonNode id = HttpSmsSettings.JSON.readTree(body).at(settings.messageIdPointer());
			if (id.isValueNode() && !id.isNull()) {
				return Attempt.sent(id.asString());
			}
		}
		catch (JacksonException e) {
			// an accepted message stays accepted; only its id is unknown
		}
		return new Attempt(Attempt.Outcome.SENT, null, "no message id at " + settings.messageIdPointer() + ": " + shorten(body));
	}

	private static String shorten(String body) {
		String oneLine = body == null ? "" : body.replaceAll("\\s+", " ").strip();
		return oneLine.length() <= DETAIL_BODY ? oneLine : oneLine.substring(0, DETAIL_BODY) + "…";
	}

	@Override
	public void close() {
		// java.net.http.HttpClient on Java 17 holds no connection that needs closing; idle ones time out
	}

	@Override
	public String toString() {
		return "HttpSmsGateway[" + settings + "]";
	}
}
