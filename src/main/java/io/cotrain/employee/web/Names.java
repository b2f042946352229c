package io.cotrain.employee.web;

import java.util.Locale;
import java.util.Map;

import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.OrgUnitId;
import io.cotrain.employee.OrgUnitView;
import io.cotrain.employee.PositionId;
import io.cotrain.employee.PositionView;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.RegionInfo;

/** What the ids of a page's employees stand for, looked up once per request; unknown or invisible ids give null. */
record Names(Map<RegionId, RegionInfo> regions, Map<OrgUnitId, OrgUnitView> units, Map<PositionId, PositionView> positions,
		Map<EmployeeId, EmployeeView> managers) {

	public String region(RegionId id) {
		RegionInfo region = id == null ? null : regions.get(id);
		return region == null ? null : region.name();
	}

	public String regionCode(RegionId id) {
		RegionInfo region = id == null ? null : regions.get(id);
		return region == null ? null : region.code();
	}

	public String orgUnit(OrgUnitId id) {
		OrgUnitView unit = id == null ? null : units.get(id);
		return unit == null ? null : unit.name();
	}

	public String position(PositionId id, Locale locale) {
		PositionView position = id == null ? null : positions.get(id);
		return position == null ? null : position.name(locale);
	}

	public String manager(EmployeeId id) {
		EmployeeView manager = id == null ? null : managers.get(id);
		return manager == null ? null : manager.name();
	}
}
