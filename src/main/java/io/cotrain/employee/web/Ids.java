package io.cotrain.employee.web;

import java.util.UUID;

import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.OrgUnitId;
import io.cotrain.employee.PositionId;
import io.cotrain.employee.TagId;
import io.cotrain.tenancy.RegionId;

/** Optional ids between forms or JSON (plain UUIDs, null when not chosen) and the module's id types. */
final class Ids {

	private Ids() {
	}

	static RegionId region(UUID id) {
		return id == null ? null : new RegionId(id);
	}

	static OrgUnitId orgUnit(UUID id) {
		return id == null ? null : new OrgUnitId(id);
	}

	static PositionId position(UUID id) {
		return id == null ? null : new PositionId(id);
	}

	static EmployeeId employee(UUID id) {
		return id == null ? null : new EmployeeId(id);
	}

	static TagId tag(UUID id) {
		return id == null ? null : new TagId(id);
	}

	static UUID value(OrgUnitId id) {
		return id == null ? null : id.value();
	}

	static UUID value(EmployeeId id) {
		return id == null ? null : id.value();
	}

	static UUID value(RegionId id) {
		return id == null ? null : id.value();
	}
}
