package io.cotrain.tenancy;

import java.util.List;
import java.util.Optional;

/** The platform operator's side: customer companies come and are listed here. */
public interface TenantProvisioning {

	/**
	 * Creates a tenant with its regions and its first HR admin ({@code adminName@code}) in one transaction.
	 * With a null admin password a one-time password is generated and returned.
	 */
	Provisioned provision(NewTenant tenant);

	Optional<TenantInfo> findByCode(String code);

	/** Creates the platform operator {@code name@platform} unless it exists; returns whether it was created. */
	boolean ensureOperator(String name, String password);

	List<TenantInfo> all();

	/**
	 * @param nameEn the English name, optional
	 * @param adminDisplayName shown in the UI; the login name when null
	 */
	record NewTenant(String code, String name, String nameEn, List<TenantDirectory.RegionForm> regions, String adminName,
			String adminDisplayName, String adminPassword) {
	}

	record Provisioned(TenantInfo tenant, String adminUsername, String adminInitialPassword) {
	}
}
