package io.cotrain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.cotrain.runtime.db.EmbeddedPostgresServer;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * One database for the whole test JVM: the PostgreSQL server named by {@code COTRAIN_DB_URL} (CI), or else
 * one embedded PostgreSQL started on first use in a temporary directory. Registered for every Spring test
 * context through {@code META-INF/spring.factories}. Demo data is on, so every test can sign in as the demo
 * users; tests that need data of their own create it under new, random codes.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Path DATA_DIR = temporaryDirectory();
	private static EmbeddedPostgresServer embedded;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("cotrain.data-dir", DATA_DIR.toString());
		properties.put("cotrain.demo", "true");
		// the hourly sweep of due assignments would read the tests' moved clock at a random moment: tests call it
		properties.put("cotrain.employee.assignment-sweep", "-");
		// the close of check-in windows likewise: tests call SessionCloser.closeDue
		properties.put("cotrain.attendance.close-sweep", "-");
		properties.put("cotrain.attendance.snapshot-purge", "-");
		// the notification worker likewise: tests deliver by calling DeliveryWorker.runOnce
		properties.put("cotrain.notification.worker.enabled", "false");
		// the terminal punch matcher likewise: tests call PunchMatcher.runOnce
		properties.put("cotrain.terminal.matcher-enabled", "false");
		// robot webhooks may point at the tests' local servers
		properties.put("cotrain.notification.robot.allowed-hosts", "127.0.0.1");
		if (!StringUtils.hasText(System.getenv("COTRAIN_DB_URL"))) {
			properties.put("spring.datasource.url", server().jdbcUrl());
			properties.put("spring.datasource.username", EmbeddedPostgresServer.ROLE);
			properties.put("spring.datasource.password", server().password());
			// zonky stops the server in its own JVM shutdown hook, maybe before the contexts close: fail fast then
			properties.put("spring.datasource.hikari.connection-timeout", "3000");
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("cotrain-test-database", properties));
	}

	/** The embedded server, once a test context started it; empty when the tests use {@code COTRAIN_DB_URL}. */
	public static synchronized Optional<EmbeddedPostgresServer> embedded() {
		return Optional.ofNullable(embedded);
	}

	private static synchronized EmbeddedPostgresServer server() {
		if (embedded == null) {
			embedded = EmbeddedPostgresServer.start(DATA_DIR.resolve("pg"), true);
		}
		return embedded;
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("cotrain-test");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
