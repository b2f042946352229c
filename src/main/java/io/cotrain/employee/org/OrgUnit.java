package io.cotrain.employee.org;

import java.time.Instant;
import java.util.UUID;

import io.cotrain.employee.OrgUnitId;
import io.cotrain.employee.OrgUnitView;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.TenantOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A node of the organisation tree; the parent is referenced by id. */
@Entity
@Table(name = "org_unit")
class OrgUnit extends TenantOwned {

	@Id
	private UUID id;
	private UUID parentId;
	private String code;
	private String name;
	@Enumerated(EnumType.STRING)
	private OrgUnitView.Kind kind;
	private UUID regionId;
	private Instant createdAt;
	@Version
	private Long version;

	protected OrgUnit() {
	}

	OrgUnit(String code, String name, OrgUnitView.Kind kind, OrgUnitId parent, RegionId region, Instant now) {
		this.id = UUID.randomUUID();
		this.code = code;
		this.createdAt = now;
		change(name, kind, parent, region);
	}

	final void change(String name, OrgUnitView.Kind kind, OrgUnitId parent, RegionId region) {
		this.name = name;
		this.kind = kind;
		this.parentId = parent == null ? null : parent.value();
		this.regionId = region == null ? null : region.value();
	}

	String code() {
		return code;
	}

	RegionId region() {
		return regionId == null ? null : new RegionId(regionId);
	}

	OrgUnitView view() {
		return new OrgUnitView(new OrgUnitId(id), parentId == null ? null : new OrgUnitId(parentId), code, name, kind, region());
	}
}
