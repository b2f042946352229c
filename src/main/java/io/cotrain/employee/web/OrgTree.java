package io.cotrain.employee.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cotrain.employee.OrgUnitId;
import io.cotrain.employee.OrgUnitView;

/** Org units with their depth in the tree, for indented lists and choices. */
record OrgTree(OrgUnitView unit, int depth) {

	/** @param units parents before children (as {@link io.cotrain.employee.Organisation#orgUnits()} gives them) */
	static List<OrgTree> of(List<OrgUnitView> units) {
		Map<OrgUnitId, Integer> depths = new HashMap<>();
		List<OrgTree> out = new ArrayList<>();
		for (OrgUnitView unit : units) {
			int depth = unit.parentId() == null ? 0 : depths.getOrDefault(unit.parentId(), -1) + 1;
			depths.put(unit.id(), depth);
			out.add(new OrgTree(unit, depth));
		}
		return out;
	}

	/** The name indented for a select's option (two full-width spaces per level). */
	public String indented() {
		return "\u3000".repeat(depth) + unit.name();
	}
}
