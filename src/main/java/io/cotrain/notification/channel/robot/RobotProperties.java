package io.cotrain.notification.channel.robot;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Robot webhook settings of the installation ({@code cotrain.notification.robot.*}).
 *
 * @param allowedHosts hosts a webhook may name besides the providers' own, over HTTP or HTTPS (empty by default;
 *        tests allow {@code 127.0.0.1}, a private deployment its relay)
 * @param connectTimeout how long connecting may take (5 s)
 * @param requestTimeout how long the whole request may take (10 s)
 */
@ConfigurationProperties("cotrain.notification.robot")
public record RobotProperties(List<String> allowedHosts, Duration connectTimeout, Duration requestTimeout) {

	public RobotProperties {
		allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
		connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
		requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
		if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative()
				|| requestTimeout.isZero()) {
			throw new IllegalArgumentException("robot timeouts must be positive");
		}
	}
}
