package io.cotrain.tenancy.account;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cotrain.tenancy.AccountId;
import io.cotrain.tenancy.Accounts.AccountView;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A login: {@code name@tenantcode}, its roles, regions, locale and lock-out state. */
@Entity
@Table(name = "account")
@DynamicUpdate // lock-out counters are updated in SQL; an edit writes only the columns it changed
public class Account extends TenantOwned {

	@Id
	private UUID id;
	private String username;
	private String displayName;
	private String passwordHash;
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "roles", columnDefinition = "varchar(32)[]")
	private String[] roles;
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "region_ids", columnDefinition = "uuid[]")
	private UUID[] regionIds;
	private UUID employeeId;
	private String locale;
	private boolean enabled;
	private int failedAttempts;
	private Instant lockedUntil;
	private Instant lastLoginAt;
	private Instant passwordChangedAt;
	private Instant createdAt;
	@Version
	private long version;

	protected Account() {
	}

	Account(String username, String displayName, String passwordHash, Set<Role> roles, Set<RegionId> regions, Locale locale,
			UUID employeeId, Instant now) {
		this.id = UUID.randomUUID();
		this.username = username;
		this.passwordHash = passwordHash;
		this.passwordChangedAt = now;
		this.locale = locale.toLanguageTag();
		this.employeeId = employeeId;
		this.enabled = true;
		this.createdAt = now;
		change(displayName, roles, regions);
	}

	final void change(String displayName, Set<Role> roles, Set<RegionId> regions) {
		this.displayName = displayName;
		this.roles = roles.stream().map(Role::name).sorted().toArray(String[]::new);
		this.regionIds = regions.stream().map(RegionId::value).sorted().toArray(UUID[]::new);
	}

	void enable(boolean enabled) {
		this.enabled = enabled;
	}

	void changePassword(String hash, Instant now) {
		this.passwordHash = hash;
		this.passwordChangedAt = now;
		unlock();
	}

	void changeLocale(Locale locale) {
		this.locale = locale.toLanguageTag();
	}

	void linkEmployee(UUID employeeId) {
		this.employeeId = employeeId;
	}

	void unlock() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	public AccountId id() {
		return new AccountId(id);
	}

	public String username() {
		return username;
	}

	public String displayName() {
		return displayName;
	}

	public String passwordHash() {
		return passwordHash;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public int failedAttempts() {
		return failedAttempts;
	}

	public boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	public Set<Role> roles() {
		return Arrays.stream(roles).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

	public Set<RegionId> regions() {
		return Arrays.stream(regionIds).map(RegionId::new).collect(Collectors.toSet());
	}

	public UUID employeeId() {
		return employeeId;
	}

	/** Changes with every change of the account; a session compares it to see whether its copy is stale. */
	public long version() {
		return version;
	}

	public Instant passwordChangedAt() {
		return passwordChangedAt;
	}

	public Locale locale() {
		return Locale.forLanguageTag(locale);
	}

	AccountView view(Instant now) {
		return new AccountView(id(), username, displayName, roles(), regions(), employeeId, locale(), enabled, isLocked(now),
				lastLoginAt, createdAt);
	}
}
