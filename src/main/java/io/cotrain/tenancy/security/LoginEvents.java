package io.cotrain.tenancy.security;

import java.util.Optional;

import io.cotrain.tenancy.account.LoginAttempts;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Feeds the lock-out counter from Spring Security's authentication events. */
@Component
class LoginEvents {

	private final Principals principals;
	private final LoginAttempts attempts;

	LoginEvents(Principals principals, LoginAttempts attempts) {
		this.principals = principals;
		this.attempts = attempts;
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		String username = String.valueOf(event.getAuthentication().getPrincipal()).trim().toLowerCase(java.util.Locale.ROOT);
		principals.inTenantOf(username, tenant -> {
			attempts.failed(username);
			return Optional.empty();
		});
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
		principals.inTenantOf(p.getUsername(), tenant -> {
			attempts.succeeded(p.getUsername(), interactive);
			return Optional.empty();
		});
	}
}
