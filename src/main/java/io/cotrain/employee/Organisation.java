package io.cotrain.employee;

import java.util.List;
import java.util.Optional;

import io.cotrain.tenancy.RegionId;

/**
 * The organisation of the current tenant: org units as a tree (company → department → team) and positions.
 * Reads follow the caller's scope (a region admin sees tenant-wide units and those of its regions); writes are
 * validated here and refused with {@link io.cotrain.shared.RuleViolationException} field errors.
 */
public interface Organisation {

	/** Visible org units, parents before children, siblings by code. */
	List<OrgUnitView> orgUnits();

	/** @throws io.cotrain.shared.NotFoundException when not visible */
	OrgUnitView orgUnit(OrgUnitId id);

	/** A visible org unit by its code (what imports and other systems name units by). */
	Optional<OrgUnitView> orgUnitByCode(String code);

	OrgUnitView createOrgUnit(OrgUnitForm form);

	/** The code stays; name, kind, parent and region may change (no cycles, kinds ordered company → team). */
	OrgUnitView updateOrgUnit(OrgUnitId id, OrgUnitForm form);

	/** Positions by grade, then code. */
	List<PositionView> positions();

	/** @throws io.cotrain.shared.NotFoundException when unknown */
	PositionView position(PositionId id);

	Optional<PositionView> positionByCode(String code);

	PositionView createPosition(PositionForm form);

	/** The code stays. */
	PositionView updatePosition(PositionId id, PositionForm form);

	/** @param region optional; a region admin may only create units of its own regions */
	record OrgUnitForm(String code, String name, OrgUnitView.Kind kind, OrgUnitId parent, RegionId region) {
	}

	/** @param nameEn optional English name */
	record PositionForm(String code, String name, String nameEn, RoleType roleType, Integer grade) {
	}
}
