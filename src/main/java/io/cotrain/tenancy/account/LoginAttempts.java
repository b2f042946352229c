package io.cotrain.tenancy.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import io.cotrain.tenancy.AuditLog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins; after {@code cotrain.security.lockout-max-failures} failures in a row the account is
 * locked for {@code cotrain.security.lockout-duration}. Called in the scope of the account's tenant.
 */
@Component
public class LoginAttempts {

	private final AccountRepository accounts;
	private final AuditLog audit;
	private final Clock clock;
	private final int maxFailures;
	private final Duration lockFor;

	LoginAttempts(AccountRepository accounts, AuditLog audit, Clock clock,
			@Value("${cotrain.security.lockout-max-failures:10}") int maxFailures,
			@Value("${cotrain.security.lockout-duration:15m}") Duration lockFor) {
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockFor = lockFor;
	}

	@Transactional
	public void failed(String username) {
		accounts.findByUsername(username).ifPresent(account -> {
			if (account.isLocked(clock.instant())) {
				return;
			}
			if (account.loginFailed(clock.instant(), maxFailures, lockFor)) {
				audit.record("ACCOUNT_LOCKED", "account", account.id(), Map.of("minutes", lockFor.toMinutes()));
			}
		});
	}

	@Transactional
	public void succeeded(String username, boolean interactive) {
		accounts.findByUsername(username).ifPresent(account -> account.loginSucceeded(clock.instant(), interactive));
	}
}
