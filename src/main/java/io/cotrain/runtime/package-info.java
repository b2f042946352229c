/**
 * Runtime: what the product needs from its machine — the data directory, the embedded PostgreSQL that is
 * the default database, the one {@link java.time.Clock} everything reads time from, and the cipher for
 * secrets the product stores. Business modules use {@link io.cotrain.runtime.SecretCipher} and the clock;
 * nothing here knows about tenants.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package io.cotrain.runtime;
