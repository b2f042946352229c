package io.cotrain.training.group;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeeStatus;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.OrgUnitId;
import io.cotrain.employee.OrgUnitView;
import io.cotrain.employee.OrgUnitView.Kind;
import io.cotrain.employee.PositionId;
import io.cotrain.employee.RoleType;
import io.cotrain.employee.TagId;
import io.cotrain.employee.TagType;
import io.cotrain.employee.TagView;
import io.cotrain.tenancy.RegionId;

/**
 * Hand-made people for the algorithm tests: two regions and an organisation company → departments D1, D2 → teams T1,
 * T2 (under D1) and T3 (under D2). Ids are derived from the employee numbers, so every run builds the same people.
 */
final class People {

	static final RegionId EAST = new RegionId(id("region-east"));
	static final RegionId SOUTH = new RegionId(id("region-south"));
	static final OrgUnitView COMPANY = unit("CO", null, Kind.COMPANY);
	static final OrgUnitView D1 = unit("D1", COMPANY, Kind.DEPARTMENT);
	static final OrgUnitView D2 = unit("D2", COMPANY, Kind.DEPARTMENT);
	static final OrgUnitView T1 = unit("T1", D1, Kind.TEAM);
	static final OrgUnitView T2 = unit("T2", D1, Kind.TEAM);
	static final OrgUnitView T3 = unit("T3", D2, Kind.TEAM);
	static final List<OrgUnitView> UNITS = List.of(COMPANY, D1, D2, T1, T2, T3);

	private People() {
	}

	static OrgTree tree() {
		return new OrgTree(UNITS);
	}

	/**
	 * @param tags {@code TYPE:name}, e.g. {@code SCENARIO:订单流程协同}
	 */
	static EmployeeView person(String number, RoleType role, RegionId region, OrgUnitView unit, EmployeeView manager, String... tags) {
		List<TagView> tagViews = Arrays.stream(tags).map(t -> {
			String[] parts = t.split(":", 2);
			return new TagView(new TagId(id("tag-" + t)), TagType.valueOf(parts[0]), parts[1]);
		}).toList();
		return new EmployeeView(new EmployeeId(id("employee-" + number)), number, role + " " + number, null, null, region,
				unit == null ? null : unit.id(), new PositionId(id("position-" + role)), role, manager == null ? null : manager.id(),
				LocalDate.of(2024, 1, 1), EmployeeStatus.ACTIVE, null, number, tagViews);
	}

	static EmployeeView clerk(String number, OrgUnitView unit, String... tags) {
		return person(number, RoleType.CLERK, EAST, unit, null, tags);
	}

	static EmployeeView cadre(String number, OrgUnitView unit, String... tags) {
		return person(number, RoleType.CADRE, EAST, unit, null, tags);
	}

	private static OrgUnitView unit(String code, OrgUnitView parent, Kind kind) {
		return new OrgUnitView(new OrgUnitId(id("unit-" + code)), parent == null ? null : parent.id(), code, code, kind, null);
	}

	static UUID id(String name) {
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
	}
}
