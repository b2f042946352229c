package io.cotrain.tenancy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Login accounts of the current tenant. */
public interface Accounts {

	/** The signed-in account of this thread, if any. */
	Optional<CurrentUser> current();

	default CurrentUser requireCurrent() {
		return current().orElseThrow(() -> new IllegalStateException("no signed-in account"));
	}

	/**
	 * Creates {@code name@tenantcode}. With a null password a one-time password is generated and returned in
	 * {@link Created#initialPassword()}; it is shown once and stored only hashed.
	 */
	Created create(NewAccount account);

	AccountView get(AccountId id);

	/** The login of an employee, if the employee has one. */
	Optional<AccountView> byEmployee(UUID employeeId);

	List<AccountView> list();

	AccountView update(AccountId id, AccountChange change);

	/** Sets a new one-time password and returns it; the old one stops working. */
	String resetPassword(AccountId id);

	void changeOwnPassword(String currentPassword, String newPassword);

	void changeOwnLocale(Locale locale);

	/** Links the account to the employee it belongs to (at most one account per employee). */
	void linkEmployee(AccountId id, UUID employeeId);

	record NewAccount(String name, String displayName, Set<Role> roles, Set<RegionId> regions, Locale locale,
			String password, UUID employeeId) {
	}

	record AccountChange(String displayName, Set<Role> roles, Set<RegionId> regions, Boolean enabled) {
	}

	record Created(AccountView account, String initialPassword) {
	}

	record AccountView(AccountId id, String username, String displayName, Set<Role> roles, Set<RegionId> regions,
			UUID employeeId, Locale locale, boolean enabled, boolean locked, java.time.Instant lastLoginAt,
			java.time.Instant createdAt) {
	}
}
