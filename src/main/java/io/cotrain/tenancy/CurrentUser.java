package io.cotrain.tenancy;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in account.
 *
 * @param regions the regions the account belongs to or administers (REGION_ADMIN sees only these)
 * @param employeeId the employee this login belongs to, if any
 */
public record CurrentUser(AccountId id, String username, String displayName, TenantInfo tenant, Set<Role> roles,
		Set<RegionId> regions, UUID employeeId, Locale locale) {

	public CurrentUser {
		roles = Set.copyOf(roles);
		regions = Set.copyOf(regions);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** HR admins (and accounts without region limits) see every region; region admins and kiosks given regions only theirs. */
	public TenantScope scope() {
		boolean regionLimited = !has(Role.HR_ADMIN) && (has(Role.REGION_ADMIN) || has(Role.KIOSK) && !regions.isEmpty());
		return regionLimited ? TenantScope.regions(tenant.id(), regions) : TenantScope.allRegions(tenant.id());
	}
}
