package io.cotrain.runtime.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * The embedded server's two passwords (superuser, application role), generated once and kept beside the
 * data directory in {@code keys/postgres.credentials} (initdb wants an empty directory), owner-readable only.
 */
record EmbeddedCredentials(String superuserPassword, String applicationPassword) {

	static EmbeddedCredentials loadOrCreate(Path dataDirectory) throws IOException {
		Path file = dataDirectory.toAbsolutePath().getParent().resolve("keys/postgres.credentials");
		if (Files.exists(file)) {
			List<String> lines = Files.readAllLines(file);
			return new EmbeddedCredentials(lines.get(0).trim(), lines.get(1).trim());
		}
		if (Files.exists(dataDirectory.resolve("PG_VERSION"))) {
			throw new IllegalStateException(file + " is missing: the embedded database in " + dataDirectory
					+ " cannot be opened without it");
		}
		SecureRandom random = new SecureRandom();
		EmbeddedCredentials credentials = new EmbeddedCredentials(secret(random), secret(random));
		Files.createDirectories(file.getParent());
		Path tmp = Files.createTempFile(file.getParent(), "credentials", ".tmp");
		try {
			Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException notPosix) {
			// Windows: the directory's ACL applies
		}
		Files.write(tmp, List.of(credentials.superuserPassword, credentials.applicationPassword));
		Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
		return credentials;
	}

	private static String secret(SecureRandom random) {
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}
}
