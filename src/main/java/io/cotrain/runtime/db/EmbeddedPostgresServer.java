package io.cotrain.runtime.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 * It accepts password (SCRAM) connections only; the application connects as the non-superuser role
 * {@value #ROLE}, so row-level security applies to it. Passwords are generated on the first start and kept
 * in {@code keys/postgres.credentials} beside the directory.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	public static final String DATABASE = "cotrain";
	public static final String ROLE = "cotrain";
	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
	private static final String HBA = """
			# written by CoTrain: passwords (SCRAM) only, local connections only
			local all all scram-sha-256
			host  all all 127.0.0.1/32 scram-sha-256
			host  all all ::1/128 scram-sha-256
			""";

	private final EmbeddedPostgres postgres;
	private final EmbeddedCredentials credentials;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, EmbeddedCredentials credentials) {
		this.postgres = postgres;
		this.credentials = credentials;
	}

	/**
	 * Starts (or, after a hard kill, takes over) the server for {@code dataDirectory}.
	 *
	 * @param stopOnJvmExit whether zonky's own JVM shutdown hook stops the server; the application closes it as
	 * a bean instead, after the last connection is gone
	 */
	public static EmbeddedPostgresServer start(Path dataDirectory, boolean stopOnJvmExit) {
		try {
			Files.createDirectories(dataDirectory);
			refuseIfInUse(dataDirectory);
			stopOrphanedServer(dataDirectory);
			EmbeddedCredentials credentials = EmbeddedCredentials.loadOrCreate(dataDirectory);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(stopOnJvmExit)
				.setLocaleConfig("locale", "C")
				.setServerConfig("max_connections", "60")
				.setServerConfig("timezone", "UTC")
				.setServerConfig("listen_addresses", "localhost")
				.setConnectConfig("password", credentials.superuserPassword())
				.setPGStartupWait(Duration.ofSeconds(90))
				.start();
			EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, credentials);
			server.prepare(dataDirectory);
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

	/** The password of {@value #ROLE}. */
	public String password() {
		return credentials.applicationPassword();
	}

	/** A superuser JDBC URL with its password, for tests that must prove superusers are refused. */
	public String superuserJdbcUrl() {
		return postgres.getJdbcUrl("postgres", DATABASE) + "&password=" + credentials.superuserPassword();
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

	/** Roles, passwords, the database and the password-only access rules; every start, idempotently. */
	private void prepare(Path dataDirectory) throws IOException {
		try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			s.execute("alter role postgres password '" + credentials.superuserPassword() + "'");
			if (!exists(s, "select 1 from pg_roles where rolname = '" + ROLE + "'")) {
				s.execute("create role " + ROLE + " login nosuperuser nocreaterole nocreatedb nobypassrls");
			}
			s.execute("alter role " + ROLE + " password '" + credentials.applicationPassword() + "'");
			if (!exists(s, "select 1 from pg_database where datname = '" + DATABASE + "'")) {
				s.execute("create database " + DATABASE + " owner " + ROLE + " encoding 'UTF8' template template0");
			}
			Path hba = dataDirectory.resolve("pg_hba.conf");
			if (!HBA.equals(Files.readString(hba))) {
				Files.writeString(hba, HBA);
				s.execute("select pg_reload_conf()");
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot prepare the embedded database in " + dataDirectory
					+ " (were its credentials file and data created together?)", e);
		}
	}

	private static boolean exists(Statement s, String sql) throws SQLException {
		try (ResultSet rs = s.executeQuery(sql)) {
			return rs.next();
		}
	}

	/** zonky holds a file lock while its server runs: if another live process holds it, leave its server alone. */
	private static void refuseIfInUse(Path dataDirectory) throws IOException {
		Path lockFile = dataDirectory.resolve("epg-lock");
		if (!Files.exists(lockFile)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
			if (lock != null) {
				return;
			}
		}
		catch (OverlappingFileLockException e) {
			// held by this JVM: in use as well
		}
		throw new IllegalStateException("The data directory " + dataDirectory.getParent() + " is in use by another running "
				+ "CoTrain; stop it first or start this one with another --cotrain.data-dir");
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
