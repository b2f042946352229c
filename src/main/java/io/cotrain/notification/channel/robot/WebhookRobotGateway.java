package io.cotrain.notification.channel.robot;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import io.cotrain.notification.channel.Attempt;
import io.cotrain.notification.channel.RobotGateway;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts to one robot's webhook. HTTP 429 and 5xx, timeouts and connection problems are retried; other non-2xx
 * answers fail; a 2xx answer is read by the provider's {@link RobotDialect}. Redirects are not followed (the URL
 * rule would be bypassed). Details never hold the URL (its token) or the secret.
 */
final class WebhookRobotGateway implements RobotGateway {

	private final RobotSettings settings;
	private final RobotDialect dialect;
	private final HttpClient http;
	private final Duration requestTimeout;
	private final JsonMapper json;
	private final Clock clock;

	WebhookRobotGateway(RobotSettings settings, HttpClient http, Duration requestTimeout, JsonMapper json,
			Clock clock) {
		this.settings = settings;
		this.dialect = RobotDialect.of(settings.kind());
		this.http = http;
		this.requestTimeout = requestTimeout;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public Attempt send(RobotMessage message) {
		RobotDialect.Posting posting = dialect.posting(settings, message, clock.instant());
		HttpRequest request = HttpRequest.newBuilder(posting.uri())
			.timeout(requestTimeout)
			.header("Content-Type", "application/json; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(posting.body()), StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (HttpTimeoutException e) {
			return Attempt.retry("timeout");
		}
		catch (IOException e) {
			return Attempt.retry("connection failed: " + e.getClass().getSimpleName());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Attempt.retry("interrupted");
		}
		return outcome(response);
	}

	private Attempt outcome(HttpResponse<String> response) {
		int status = response.statusCode();
		if (status == 429 || status >= 500) {
			return Attempt.retry("HTTP " + status);
		}
		if (status < 200 || status >= 300) {
			return Attempt.failed("HTTP " + status);
		}
		Attempt attempt;
		try {
			JsonNode answer = json.readTree(response.body());
			attempt = answer == null || !answer.isObject() ? null : dialect.outcome(answer);
		}
		catch (JacksonException e) {
			attempt = null;
		}
		return attempt != null ? attempt : Attempt.failed("HTTP " + status + " with an answer that is not the provider's");
	}
}
