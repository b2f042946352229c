package io.cotrain.notification.channel.robot;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;

import io.cotrain.notification.channel.RobotGateway;
import io.cotrain.shared.RuleViolationException.Violation;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** Checks robot settings against the installation's URL rule and builds their gateways (sharing one HTTP client). */
@Component
public class RobotGateways {

	private final RobotProperties properties;
	private final JsonMapper json;
	private final Clock clock;
	private final HttpClient http;

	RobotGateways(RobotProperties properties, JsonMapper json, Clock clock) {
		this.properties = properties;
		this.json = json;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** What is wrong with the settings, as (field, message key {@code notification.robot.*}); empty when usable. */
	public List<Violation> problems(RobotSettings settings) {
		return settings.problems(properties.allowedHosts());
	}

	/**
	 * @throws IllegalArgumentException when the settings have {@link #problems(RobotSettings) problems}
	 */
	public RobotGateway create(RobotSettings settings) {
		List<Violation> problems = problems(settings);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("invalid robot settings: " + problems);
		}
		return new WebhookRobotGateway(settings, http, properties.requestTimeout(), json, clock);
	}
}
