package io.cotrain.tenancy;

/** A tenant as other modules see it. */
public record TenantInfo(TenantId id, String code, String name) {
}
