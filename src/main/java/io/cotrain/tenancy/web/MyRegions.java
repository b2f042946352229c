package io.cotrain.tenancy.web;

import java.util.List;

import io.cotrain.tenancy.CurrentUser;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;

/**
 * The regions an account belongs to: all of the tenant for HR; for everyone else the regions assigned to the
 * account (a region admin's are also the only ones visible to it), or all visible ones when none are assigned.
 */
final class MyRegions {

	private MyRegions() {
	}

	static List<RegionInfo> of(CurrentUser user, TenantDirectory directory) {
		List<RegionInfo> visible = directory.regions();
		if (user.has(Role.HR_ADMIN) || user.regions().isEmpty()) {
			return visible;
		}
		return visible.stream().filter(r -> user.regions().contains(r.id())).toList();
	}
}
