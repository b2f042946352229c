package io.cotrain.tenancy.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** A request authenticated by a personal API token (not by the account's password). */
public final class ApiTokenAuthentication extends UsernamePasswordAuthenticationToken {

	ApiTokenAuthentication(AccountPrincipal principal) {
		super(principal, null, principal.getAuthorities());
	}
}
