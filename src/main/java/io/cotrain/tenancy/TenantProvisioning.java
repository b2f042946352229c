package io.cotrain.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

import org.slf4j.LoggerFactory;

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
	 * Runs a job's {@code work} once for every tenant, each in the tenant's all-regions scope and on its own: a tenant whose
	 * work throws is logged (as "{@code job} of tenant … failed") and the others still run; the next run tries it again.
	 * For sweeps and workers, outside any transaction.
	 *
	 * @return the sum of what the work returned (how many things it handled)
	 */
	default int forEachTenant(String job, ToIntFunction<TenantInfo> work) {
		int total = 0;
		for (TenantInfo tenant : all()) {
			try {
				total += TenantScope.call(TenantScope.allRegions(tenant.id()), () -> work.applyAsInt(tenant));
			}
			catch (RuntimeException e) {
				LoggerFactory.getLogger(TenantProvisioning.class).warn("{} of tenant {} failed; the next run tries again", job,
						tenant.code(), e);
			}
		}
		return total;
	}

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
