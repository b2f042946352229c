package io.cotrain.tenancy;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whose data the current thread may touch: one tenant and either all its regions or a set of them.
 * Every database connection the product takes is bound to the scope of the thread that takes it
 * (PostgreSQL row-level security filters all tenant-owned tables by it), so code never adds a tenant
 * condition by hand. Web requests get the caller's scope automatically; jobs and listeners open one with
 * {@link #call}. Without a scope, tenant-owned tables are empty and refuse writes.
 *
 * @param tenant the tenant
 * @param regions the visible regions, or null for all regions of the tenant
 */
public record TenantScope(TenantId tenant, Set<RegionId> regions) {

	private static final ThreadLocal<TenantScope> CURRENT = new ThreadLocal<>();

	public TenantScope {
		Objects.requireNonNull(tenant, "tenant");
		regions = regions == null ? null : Set.copyOf(regions);
	}

	public static TenantScope allRegions(TenantId tenant) {
		return new TenantScope(tenant, null);
	}

	public static TenantScope regions(TenantId tenant, Set<RegionId> regions) {
		return new TenantScope(tenant, regions);
	}

	public static Optional<TenantScope> current() {
		return Optional.ofNullable(CURRENT.get());
	}

	/** @throws IllegalStateException when the thread has no scope */
	public static TenantScope require() {
		return current().orElseThrow(() -> new IllegalStateException("no tenant scope on this thread"));
	}

	/**
	 * Runs {@code work} in {@code scope}. A scope is opened before a transaction, never inside one: the
	 * transaction's connection was bound to the scope it was taken in.
	 */
	public static <T> T call(TenantScope scope, Supplier<T> work) {
		Objects.requireNonNull(scope, "scope");
		TenantScope previous = CURRENT.get();
		if (!scope.equals(previous) && TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("a tenant scope must be opened before the transaction, not inside it");
		}
		CURRENT.set(scope);
		try {
			return work.get();
		}
		finally {
			if (previous == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(previous);
			}
		}
	}

	public static void run(TenantScope scope, Runnable work) {
		call(scope, () -> {
			work.run();
			return null;
		});
	}

	public boolean seesAllRegions() {
		return regions == null;
	}

	public boolean sees(RegionId region) {
		return regions == null || regions.contains(region);
	}

	/** The value of the connection setting {@code cotrain.region_ids}: {@code *} or a comma-separated list. */
	public String regionSetting() {
		return regions == null ? "*" : regions.stream().map(RegionId::toString).sorted().collect(Collectors.joining(","));
	}
}
