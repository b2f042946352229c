/**
 * Tenancy: customer companies (tenants), their sites (regions, each with its time zone, locale and phone
 * country), login accounts with roles, personal API tokens, the audit log, and the one mechanism that keeps
 * every tenant's data apart: {@link io.cotrain.tenancy.TenantScope} on the thread, applied to every database
 * connection and enforced by PostgreSQL row-level security on every tenant-owned table.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "runtime", "shared", "portal" })
package io.cotrain.tenancy;
