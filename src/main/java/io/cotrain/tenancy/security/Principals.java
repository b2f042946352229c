package io.cotrain.tenancy.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import io.cotrain.tenancy.AccountId;
import io.cotrain.tenancy.CurrentUser;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantId;
import io.cotrain.tenancy.TenantInfo;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.tenancy.account.Account;
import io.cotrain.tenancy.account.AccountRepository;
import io.cotrain.tenancy.account.ApiTokens;
import io.cotrain.tenancy.tenant.Tenant;
import io.cotrain.tenancy.tenant.TenantRepository;

import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds an account for a login: {@code name@tenantcode} names its tenant, and the account is read in that
 * tenant's scope, so one tenant's login can never resolve to another tenant's account.
 */
@Component
public class Principals {

	/**
	 * An account of the scope's tenant while that is active, with the tenant's names: what every request's principal is
	 * read with (after {@code select}, before the conditions).
	 */
	private static final String PRINCIPAL_COLUMNS = """
			tn.id as tenant_id, tn.code as tenant_code, tn.name as tenant_name, tn.name_en as tenant_name_en, a.id, a.username,
			  a.display_name, a.password_hash, a.roles, a.region_ids, a.employee_id, a.locale, a.enabled, a.failed_attempts, a.locked_until,
			  a.version, a.password_changed_at
			from account a join tenant tn on tn.id = a.tenant_id and tn.active and tn.id = cotrain_tenant()
			""";

	private final TenantRepository tenants;
	private final AccountRepository accounts;
	private final ApiTokens tokens;
	private final JdbcClient jdbc;
	private final TransactionTemplate readOnly;
	private final Clock clock;
	/** Tenant codes never change: the id of each code seen, so a request names its scope without a lookup. */
	private final Map<String, TenantId> tenantIds = new ConcurrentHashMap<>();

	Principals(TenantRepository tenants, AccountRepository accounts, ApiTokens tokens, JdbcClient jdbc, TransactionTemplate transactions,
			Clock clock) {
		this.tenants = tenants;
		this.accounts = accounts;
		this.tokens = tokens;
		this.jdbc = jdbc;
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
		this.clock = clock;
	}

	/**
	 * The account of a usable personal API token ({@code ctp_<tenant>_…}) of an active tenant, read in that tenant's
	 * scope with one statement; its use is recorded (at most once a minute). Empty for a wrong, revoked or expired token.
	 */
	Optional<AccountPrincipal> byApiToken(String raw) {
		Instant now = clock.instant();
		return ApiTokens.tenantCodeOf(raw).flatMap(this::tenantId).flatMap(tenant -> inScope(tenant, () -> {
			record Token(AccountPrincipal principal, UUID id, Instant lastUsed) {
			}
			Optional<Token> token = jdbc.sql("select t.id as token_id, t.last_used_at as token_used, " + PRINCIPAL_COLUMNS + """
					  join api_token t on t.account_id = a.id
					where t.token_hash = :hash and t.revoked_at is null and (t.expires_at is null or t.expires_at > :now)""")
				.param("hash", ApiTokens.hash(raw)).param("now", Timestamp.from(now))
				.query((rs, i) -> new Token(principal(rs, now), rs.getObject("token_id", UUID.class), instant(rs.getTimestamp("token_used"))))
				.optional();
			token.ifPresent(t -> tokens.used(t.id(), t.lastUsed(), now));
			return token.map(Token::principal);
		}));
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
		Instant now = clock.instant();
		return inScope(current.user().tenant().id(), () -> jdbc.sql("select " + PRINCIPAL_COLUMNS + "where a.id = :id").param("id", current.user().id().value())
			.query((rs, i) -> principal(rs, now)).optional())
			.filter(p -> p.isEnabled() && p.isAccountNonLocked())
			.filter(p -> java.util.Objects.equals(p.passwordChangedAt(), current.passwordChangedAt()))
			.map(p -> p.version() == current.version() ? current : p);
	}

	/** Reads the signed-in account again, e.g. after its owner changed the password in this session. */
	Optional<AccountPrincipal> reload(AccountPrincipal current) {
		return inTenantOf(current.getUsername(), tenant -> byId(tenant, current.user().id().value()));
	}

	private Optional<TenantId> tenantId(String code) {
		TenantId known = tenantIds.get(code);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<TenantId> found = tenants.findByCode(code).map(Tenant::id);
		found.ifPresent(id -> tenantIds.put(code, id));
		return found;
	}

	private static <T> Optional<T> inScope(TenantId tenant, Supplier<Optional<T>> work) {
		return TenantScope.call(TenantScope.allRegions(tenant), work);
	}

	private static AccountPrincipal principal(ResultSet rs, Instant now) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String role : (String[]) rs.getArray("roles").getArray()) {
			roles.add(Role.valueOf(role));
		}
		Set<RegionId> regions = new HashSet<>();
		for (UUID region : (UUID[]) rs.getArray("region_ids").getArray()) {
			regions.add(new RegionId(region));
		}
		TenantInfo tenant = new TenantInfo(new TenantId(rs.getObject("tenant_id", UUID.class)), rs.getString("tenant_code"),
				rs.getString("tenant_name"), rs.getString("tenant_name_en"));
		CurrentUser user = new CurrentUser(new AccountId(rs.getObject("id", UUID.class)), rs.getString("username"), rs.getString("display_name"),
				tenant, roles, regions, rs.getObject("employee_id", UUID.class), Locale.forLanguageTag(rs.getString("locale")));
		Instant lockedUntil = instant(rs.getTimestamp("locked_until"));
		return new AccountPrincipal(user, rs.getString("password_hash"), rs.getBoolean("enabled"), lockedUntil != null && lockedUntil.isAfter(now),
				rs.getInt("failed_attempts") > 0, rs.getLong("version"), instant(rs.getTimestamp("password_changed_at")));
	}

	private static Instant instant(Timestamp at) {
		return at == null ? null : at.toInstant();
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
