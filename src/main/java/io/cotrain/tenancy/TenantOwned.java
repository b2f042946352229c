package io.cotrain.tenancy;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;

/**
 * Base of every entity whose table is tenant-owned: the tenant is taken from the scope the row is created
 * in, and row-level security refuses a row for any other tenant.
 */
@MappedSuperclass
public abstract class TenantOwned {

	@Column(name = "tenant_id", nullable = false, updatable = false)
	private UUID tenantId;

	@PrePersist
	void assignTenant() {
		UUID scoped = TenantScope.require().tenant().value();
		if (tenantId != null && !tenantId.equals(scoped)) {
			throw new IllegalStateException("row of tenant " + tenantId + " written in scope of " + scoped);
		}
		tenantId = scoped;
	}

	public TenantId tenantId() {
		return tenantId == null ? null : new TenantId(tenantId);
	}
}
