package io.cotrain.tenancy.security;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import io.cotrain.tenancy.CurrentUser;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.tenancy.account.Account;
import io.cotrain.tenancy.account.AccountRepository;
import io.cotrain.tenancy.tenant.Tenant;
import io.cotrain.tenancy.tenant.TenantRepository;

import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds an account for a login: {@code name@tenantcode} names its tenant, and the account is read in that
 * tenant's scope, so one tenant's login can never resolve to another tenant's account.
 */
@Component
public class Principals {

	private final TenantRepository tenants;
	private final AccountRepository accounts;
	private final TransactionTemplate readOnly;
	private final Clock clock;

	Principals(TenantRepository tenants, AccountRepository accounts, TransactionTemplate transactions, Clock clock) {
		this.tenants = tenants;
		this.accounts = accounts;
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
		this.clock = clock;
	}

	/** The tenant code of a username, or empty when the name has no {@code @tenant} part. */
	public static Optional<String> tenantCodeOf(String username) {
		int at = username == null ? -1 : username.lastIndexOf('@');
		return at <= 0 || at == username.length() - 1 ? Optional.empty()
				: Optional.of(username.substring(at + 1).toLowerCase(Locale.ROOT));
	}

	public Optional<AccountPrincipal> byUsername(String username) {
		String normalised = normalise(username);
		return inTenantOf(normalised,
				tenant -> readOnly.execute(s -> accounts.findByUsername(normalised).map(a -> principal(tenant, a))));
	}

	/**
	 * Runs {@code work} in the scope of the tenant named by the username, if that tenant exists and
	 * is active. The work opens its own transaction.
	 */
	public <T> Optional<T> inTenantOf(String username, Function<Tenant, Optional<T>> work) {
		return tenantCodeOf(username).flatMap(code -> inTenant(code, work));
	}

	/** Runs {@code work} in the scope of the active tenant with this code (tokens name their tenant by code). */
	<T> Optional<T> inTenant(String tenantCode, Function<Tenant, Optional<T>> work) {
		return tenants.findByCode(tenantCode).filter(Tenant::isActive).flatMap(tenant -> {
			String previousTenant = MDC.get("tenant");
			MDC.put("tenant", tenant.code());
			try {
				return TenantScope.call(TenantScope.allRegions(tenant.id()), () -> work.apply(tenant));
			}
			finally {
				if (previousTenant == null) {
					MDC.remove("tenant");
				}
				else {
					MDC.put("tenant", previousTenant);
				}
			}
		});
	}

	/** Reads the account with {@code id} of {@code tenant}; call inside that tenant's scope. */
	Optional<AccountPrincipal> byId(Tenant tenant, java.util.UUID id) {
		return readOnly.execute(s -> accounts.findById(id).map(a -> principal(tenant, a)));
	}

	/**
	 * The current state of a signed-in account: the same principal while the account is unchanged, a new one
	 * after HR changed it (roles, regions, name), empty when it is gone, disabled, locked or its password was
	 * changed since (a reset by HR ends every session of the account).
	 */
	Optional<AccountPrincipal> refresh(AccountPrincipal current) {
		return inTenantOf(current.getUsername(), tenant -> byId(tenant, current.user().id().value()))
			.filter(p -> p.isEnabled() && p.isAccountNonLocked())
			.filter(p -> java.util.Objects.equals(p.passwordChangedAt(), current.passwordChangedAt()))
			.map(p -> p.version() == current.version() ? current : p);
	}

	/** Reads the signed-in account again, e.g. after its owner changed the password in this session. */
	Optional<AccountPrincipal> reload(AccountPrincipal current) {
		return inTenantOf(current.getUsername(), tenant -> byId(tenant, current.user().id().value()));
	}

	/** Usernames are compared in lower case without surrounding blanks. */
	public static String normalise(String username) {
		return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
	}

	AccountPrincipal principal(Tenant tenant, Account account) {
		CurrentUser user = new CurrentUser(account.id(), account.username(), account.displayName(), tenant.info(), account.roles(),
				account.regions(), account.employeeId(), account.locale());
		return new AccountPrincipal(user, account.passwordHash(), account.isEnabled(), account.isLocked(clock.instant()),
				account.failedAttempts() > 0, account.version(), account.passwordChangedAt());
	}
}
