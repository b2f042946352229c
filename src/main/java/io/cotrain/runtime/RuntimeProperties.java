package io.cotrain.runtime;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the product keeps its state on this machine.
 *
 * @param dataDir the data directory: embedded PostgreSQL in {@code pg/}, the generated master key in {@code keys/}
 */
@ConfigurationProperties("cotrain")
public record RuntimeProperties(Path dataDir) {

	public RuntimeProperties {
		dataDir = (dataDir == null ? Path.of("data") : dataDir).toAbsolutePath().normalize();
	}
}
