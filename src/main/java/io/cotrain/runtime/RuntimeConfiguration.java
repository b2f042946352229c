package io.cotrain.runtime;

import java.time.Clock;

import io.cotrain.runtime.db.EmbeddedPostgresServer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RuntimeConfiguration {

	/** The one clock of the product; tests replace it to move time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	DatabaseInfo databaseInfo(ObjectProvider<EmbeddedPostgresServer> embedded) {
		return new DatabaseInfo(embedded.getIfAvailable() != null);
	}
}
