package io.cotrain.runtime.db;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.cotrain.runtime.RuntimeProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The embedded default: with no database configured ({@code COTRAIN_DB_URL} / {@code spring.datasource.url}
 * empty), start PostgreSQL in {@code ${cotrain.data-dir}/pg} and connect to it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatabaseConfigured.class)
class EmbeddedPostgresConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(RuntimeProperties properties) {
		return EmbeddedPostgresServer.start(properties.dataDir().resolve("pg"), false);
	}

	@Bean
	HikariDataSource dataSource(EmbeddedPostgresServer server) {
		HikariDataSource ds = new HikariDataSource();
		ds.setJdbcUrl(server.jdbcUrl());
		ds.setUsername(EmbeddedPostgresServer.ROLE);
		ds.setPassword(server.password());
		ds.setPoolName("cotrain-embedded");
		ds.setMaximumPoolSize(10);
		ds.setConnectionTimeout(5_000);
		return ds;
	}

	static class NoDatabaseConfigured implements Condition {
		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}
	}
}
