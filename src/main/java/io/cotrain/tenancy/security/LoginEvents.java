package io.cotrain.tenancy.security;

import java.util.Optional;

import io.cotrain.tenancy.account.LoginAttempts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Feeds the lock-out counter from Spring Security's authentication events. */
@Component
class LoginEvents {

	private static final Logger log = LoggerFactory.getLogger(LoginEvents.class);

	private final Principals principals;
	private final LoginAttempts attempts;

	LoginEvents(Principals principals, LoginAttempts attempts) {
		this.principals = principals;
		this.attempts = attempts;
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		String username = Principals.normalise(String.valueOf(event.getAuthentication().getPrincipal()));
		try {
			principals.inTenantOf(username, tenant -> {
				attempts.failed(username);
				return Optional.empty();
			});
		}
		catch (RuntimeException e) {
			// the login is refused anyway; a counting failure must be seen, not turn the refusal into a 500
			log.error("Could not count a failed login of {}", username, e);
		}
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		// every API call authenticates: touch the account only when failures are to be reset
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal p && p.failuresPending()) {
			record(p, false);
		}
	}

	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal p) {
			record(p, true);
		}
	}

	private void record(AccountPrincipal p, boolean interactive) {
		try {
			principals.inTenantOf(p.getUsername(), tenant -> {
				attempts.succeeded(p.getUsername(), interactive);
				return Optional.empty();
			});
		}
		catch (RuntimeException e) {
			log.error("Could not record the login of {}", p.getUsername(), e);
		}
	}
}
