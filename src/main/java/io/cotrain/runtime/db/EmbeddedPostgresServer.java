package io.cotrain.runtime.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server (zonky's binaries) whose data lives in a directory that survives restarts.
 * The application connects as the non-superuser role {@value #ROLE}, so row-level security applies to it.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	public static final String DATABASE = "cotrain";
	public static final String ROLE = "cotrain";
	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/** Starts (or, after a hard kill, takes over) the server for {@code dataDirectory}. */
	public static EmbeddedPostgresServer start(Path dataDirectory) {
		try {
			Files.createDirectories(dataDirectory);
			stopOrphanedServer(dataDirectory);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setLocaleConfig("locale", "C")
				.setServerConfig("max_connections", "60")
				.setServerConfig("timezone", "UTC")
				.setPGStartupWait(Duration.ofSeconds(90))
				.start();
			EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres);
			server.ensureApplicationRoleAndDatabase();
			log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDirectory);
			return server;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot start embedded PostgreSQL in " + dataDirectory, e);
		}
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
	}

	public int port() {
		return postgres.getPort();
	}

	@Override
	public void close() {
		try {
			postgres.close();
		}
		catch (IOException e) {
			log.warn("Embedded PostgreSQL did not stop cleanly", e);
		}
	}

	private void ensureApplicationRoleAndDatabase() {
		try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			if (!exists(s, "select 1 from pg_roles where rolname = '" + ROLE + "'")) {
				s.execute("create role " + ROLE + " login nosuperuser nocreaterole nocreatedb nobypassrls");
			}
			if (!exists(s, "select 1 from pg_database where datname = '" + DATABASE + "'")) {
				s.execute("create database " + DATABASE + " owner " + ROLE + " encoding 'UTF8' template template0");
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot prepare the embedded database", e);
		}
	}

	private static boolean exists(Statement s, String sql) throws SQLException {
		try (ResultSet rs = s.executeQuery(sql)) {
			return rs.next();
		}
	}

	/**
	 * After a hard kill of the JVM its PostgreSQL keeps running and holds the directory; stop it (fast
	 * shutdown, so it finishes cleanly) before starting ours.
	 */
	private static void stopOrphanedServer(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		Optional<ProcessHandle> orphan = lines.isEmpty() ? Optional.empty()
				: ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
					.filter(ProcessHandle::isAlive)
					.filter(p -> p.info().command().map(cmd -> cmd.contains("postgres")).orElse(false));
		if (orphan.isEmpty()) {
			return;
		}
		ProcessHandle process = orphan.get();
		log.warn("Embedded PostgreSQL (pid {}) of an earlier run still holds {}; stopping it", process.pid(), dataDirectory);
		try {
			new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
		}
		catch (IOException e) {
			process.destroy();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return;
		}
		try {
			process.onExit().get(60, TimeUnit.SECONDS);
		}
		catch (Exception e) {
			throw new IllegalStateException("PostgreSQL pid " + process.pid() + " still holds " + dataDirectory + "; stop it and retry", e);
		}
	}
}
