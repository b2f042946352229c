package io.cotrain.tenancy.scope;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Properties;

import io.cotrain.CoTrainTest;
import io.cotrain.TestDatabase;
import io.cotrain.runtime.db.EmbeddedPostgresServer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.StringUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * CoTrain refuses to run on a database role that row-level security does not apply to, and the embedded
 * server lets no one in without a password. Needs the embedded test database (skipped with COTRAIN_DB_URL).
 */
@CoTrainTest
class RowSecurityGuardTest {

	private EmbeddedPostgresServer server;

	@BeforeEach
	void embeddedDatabase() {
		assumeFalse(StringUtils.hasText(System.getenv("COTRAIN_DB_URL")), "an external database is in use");
		assumeTrue(TestDatabase.embedded().isPresent(), "the embedded database is not running");
		server = TestDatabase.embedded().orElseThrow();
	}

	private static RowSecurityGuard guard(DriverManagerDataSource dataSource) {
		return new RowSecurityGuard(JdbcClient.create(dataSource));
	}

	@Test
	void theGuardRefusesASuperuser() {
		DriverManagerDataSource superuser = new DriverManagerDataSource(server.superuserJdbcUrl());
		assertThat(JdbcClient.create(superuser).sql("select rolsuper from pg_roles where rolname = current_user")
			.query(Boolean.class).single()).as("connected as a superuser").isTrue();

		assertThatThrownBy(() -> guard(superuser).afterPropertiesSet()).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("BYPASSRLS").hasMessageContaining("'postgres'");
	}

	@Test
	void theGuardRefusesARoleWithBypassRlsAndAcceptsTheApplicationRole() throws SQLException {
		assertThatCode(() -> guard(new DriverManagerDataSource(server.jdbcUrl(), EmbeddedPostgresServer.ROLE, server.password()))
			.afterPropertiesSet()).doesNotThrowAnyException();

		byte[] random = new byte[6];
		new SecureRandom().nextBytes(random);
		String role = "bypass_" + HexFormat.of().formatHex(random);
		String password = HexFormat.of().formatHex(random) + "-pw";
		JdbcClient admin = JdbcClient.create(new DriverManagerDataSource(server.superuserJdbcUrl()));
		admin.sql("create role " + role + " login nosuperuser bypassrls password '" + password + "'").update();
		try {
			assertThatThrownBy(() -> guard(new DriverManagerDataSource(server.jdbcUrl(), role, password)).afterPropertiesSet())
				.isInstanceOf(IllegalStateException.class).hasMessageContaining("BYPASSRLS").hasMessageContaining(role);
		}
		finally {
			admin.sql("drop role " + role).update();
		}
	}

	@Test
	void theEmbeddedServerRefusesEveryRoleWithoutItsPassword() throws SQLException {
		for (String user : new String[] { "postgres", EmbeddedPostgresServer.ROLE }) {
			Properties noPassword = new Properties();
			noPassword.setProperty("user", user);
			assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), noPassword).close()).as(user)
				.isInstanceOf(SQLException.class).hasMessageContaining("password");
		}

		Properties wrongPassword = new Properties();
		wrongPassword.setProperty("user", "postgres");
		wrongPassword.setProperty("password", "postgres");
		assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), wrongPassword).close())
			.isInstanceOf(SQLException.class).hasMessageContaining("password");

		try (Connection withPassword = DriverManager.getConnection(server.superuserJdbcUrl())) {
			assertThat(withPassword.isValid(5)).as("the same server, with the password").isTrue();
		}
	}
}
