package io.cotrain.tenancy.account;

import java.time.Instant;
import java.util.UUID;

import io.cotrain.tenancy.TenantOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;

/** A personal API token: only its SHA-256 hash and a short prefix (to recognise it) are stored. */
@Entity
@Table(name = "api_token")
@DynamicUpdate // last use is recorded in SQL
public class ApiToken extends TenantOwned {

	@Id
	private UUID id;
	private UUID accountId;
	private String name;
	private String tokenHash;
	private String tokenPrefix;
	private Instant createdAt;
	private Instant expiresAt;
	private Instant lastUsedAt;
	private Instant revokedAt;
	@Version
	private long version;

	protected ApiToken() {
	}

	ApiToken(UUID accountId, String name, String tokenHash, String tokenPrefix, Instant now, Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.accountId = accountId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.tokenPrefix = tokenPrefix;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	boolean isUsable(Instant now) {
		return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
	}

	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	public UUID id() {
		return id;
	}

	public UUID accountId() {
		return accountId;
	}

	public String name() {
		return name;
	}

	public String prefix() {
		return tokenPrefix;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant expiresAt() {
		return expiresAt;
	}

	public Instant lastUsedAt() {
		return lastUsedAt;
	}

	public Instant revokedAt() {
		return revokedAt;
	}
}
