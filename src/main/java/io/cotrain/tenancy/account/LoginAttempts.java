package io.cotrain.tenancy.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.cotrain.tenancy.AuditLog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins; after {@code cotrain.security.lockout-max-failures} failures in a row the account is
 * locked for {@code cotrain.security.lockout-duration}. Each count is one atomic update, so parallel guesses
 * are all counted. Called in the scope of the account's tenant.
 */
@Component
public class LoginAttempts {

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final Clock clock;
	private final int maxFailures;
	private final Duration lockFor;

	LoginAttempts(JdbcClient jdbc, AuditLog audit, Clock clock,
			@Value("${cotrain.security.lockout-max-failures:10}") int maxFailures,
			@Value("${cotrain.security.lockout-duration:15m}") Duration lockFor) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockFor = lockFor;
	}

	@Transactional
	public void failed(String username) {
		Instant now = clock.instant();
		jdbc.sql("""
				update account set
				    failed_attempts = case when failed_attempts + 1 >= :max then 0 else failed_attempts + 1 end,
				    locked_until = case when failed_attempts + 1 >= :max then :until else locked_until end
				where username = :username and (locked_until is null or locked_until <= :now)
				returning id, locked_until = :until as locked""")
			.param("max", maxFailures).param("until", Timestamp.from(now.plus(lockFor))).param("now", Timestamp.from(now))
			.param("username", username)
			.query((rs, n) -> rs.getBoolean("locked") ? rs.getObject("id", UUID.class) : null)
			.optional()
			.ifPresent(id -> audit.record("ACCOUNT_LOCKED", "account", id, Map.of("minutes", lockFor.toMinutes())));
	}

	@Transactional
	public void succeeded(String username, boolean interactive) {
		jdbc.sql("""
				update account set failed_attempts = 0,
				    last_login_at = case when :interactive then :now else last_login_at end
				where username = :username""")
			.param("interactive", interactive).param("now", Timestamp.from(clock.instant())).param("username", username)
			.update();
	}
}
