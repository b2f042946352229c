package io.cotrain.training.group;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.cotrain.employee.OrgUnitId;
import io.cotrain.employee.OrgUnitView;

/** How close two org units are in the organisation tree (company → department → team). */
final class OrgTree {

	enum Relation {
		/** The same unit. */
		SAME_UNIT,
		/** One unit is the other's parent, or both have the same parent. */
		SAME_PARENT,
		/** Only the same root (the company). */
		SAME_COMPANY,
		/** Different trees, or a unit unknown. */
		NONE
	}

	private final Map<OrgUnitId, OrgUnitId> parents = new HashMap<>();

	OrgTree(Collection<OrgUnitView> units) {
		units.forEach(u -> parents.put(u.id(), u.parentId()));
	}

	Relation relation(OrgUnitId a, OrgUnitId b) {
		if (a == null || b == null || !parents.containsKey(a) || !parents.containsKey(b)) {
			return Relation.NONE;
		}
		if (a.equals(b)) {
			return Relation.SAME_UNIT;
		}
		OrgUnitId parentA = parents.get(a);
		OrgUnitId parentB = parents.get(b);
		if (b.equals(parentA) || a.equals(parentB) || parentA != null && parentA.equals(parentB)) {
			return Relation.SAME_PARENT;
		}
		return Objects.equals(root(a), root(b)) ? Relation.SAME_COMPANY : Relation.NONE;
	}

	private OrgUnitId root(OrgUnitId unit) {
		Set<OrgUnitId> seen = new HashSet<>();
		OrgUnitId current = unit;
		while (parents.get(current) != null && seen.add(current)) {
			current = parents.get(current);
		}
		return current;
	}
}
