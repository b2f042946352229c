package io.cotrain.tenancy.security;

import java.util.Collection;
import java.util.List;

import io.cotrain.tenancy.CurrentUser;
import io.cotrain.tenancy.Role;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated account as Spring Security holds it in the session or the request. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

	private final CurrentUser user;
	private String passwordHash;
	private final boolean enabled;
	private final boolean locked;
	private final boolean failuresPending;
	private final long version;
	private final java.time.Instant passwordChangedAt;

	public AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean locked, boolean failuresPending,
			long version, java.time.Instant passwordChangedAt) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
		this.failuresPending = failuresPending;
		this.version = version;
		this.passwordChangedAt = passwordChangedAt;
	}

	java.time.Instant passwordChangedAt() {
		return passwordChangedAt;
	}

	long version() {
		return version;
	}

	/** Whether failed logins were counted before this successful one (they are reset then). */
	boolean failuresPending() {
		return failuresPending;
	}

	public CurrentUser user() {
		return user;
	}

	/** For templates: {@code ${#authentication.principal.tenantName}}. */
	public String getTenantName() {
		return user.tenant().name(org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

	public String getDisplayName() {
		return user.displayName();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = user.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new)
			.map(GrantedAuthority.class::cast).toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof AccountPrincipal other && other.user.id().equals(user.id());
	}

	@Override
	public int hashCode() {
		return user.id().hashCode();
	}

	@Override
	public String toString() {
		return user.username();
	}
}
