package io.cotrain.tenancy;

import java.util.List;
import java.util.Optional;

/** The current tenant and its regions, as the caller's scope allows. */
public interface TenantDirectory {

	TenantInfo currentTenant();

	/** Regions visible in the current scope, by code. */
	List<RegionInfo> regions();

	/** @throws io.cotrain.shared.NotFoundException when the region is not visible in the current scope */
	RegionInfo region(RegionId id);

	Optional<RegionInfo> regionByCode(String code);

	RegionInfo createRegion(RegionForm form);

	RegionInfo updateRegion(RegionId id, RegionForm form);

	/** What HR enters for a region; validated by the service as well. */
	record RegionForm(String code, String name, String timeZone, String locale, String phoneCountry) {
	}
}
