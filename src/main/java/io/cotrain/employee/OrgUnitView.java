package io.cotrain.employee;

import io.cotrain.tenancy.RegionId;

/** A node of the organisation tree (company → department → team). */
public record OrgUnitView(OrgUnitId id, OrgUnitId parentId, String code, String name, Kind kind, RegionId region) {

	public enum Kind {
		COMPANY, DEPARTMENT, TEAM
	}
}
