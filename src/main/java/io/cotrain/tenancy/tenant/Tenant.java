package io.cotrain.tenancy.tenant;

import java.time.Instant;
import java.util.UUID;

import io.cotrain.tenancy.TenantId;
import io.cotrain.tenancy.TenantInfo;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A customer company, or the platform itself (whose only accounts are operators). */
@Entity
@Table(name = "tenant")
public class Tenant {

	public static final String PLATFORM_CODE = "platform";

	public enum Kind { CUSTOMER, PLATFORM }

	@Id
	private UUID id;
	private String code;
	private String name;
	private String nameEn;
	@Enumerated(EnumType.STRING)
	private Kind kind;
	private boolean active;
	private Instant createdAt;
	@Version
	private long version;

	protected Tenant() {
	}

	public Tenant(String code, String name, String nameEn, Kind kind, Instant now) {
		this.id = UUID.randomUUID();
		this.code = code;
		this.name = name;
		this.nameEn = nameEn;
		this.kind = kind;
		this.active = true;
		this.createdAt = now;
	}

	public TenantId id() {
		return new TenantId(id);
	}

	public String code() {
		return code;
	}

	public boolean isActive() {
		return active;
	}

	public Kind kind() {
		return kind;
	}

	public TenantInfo info() {
		return new TenantInfo(id(), code, name, nameEn);
	}
}
