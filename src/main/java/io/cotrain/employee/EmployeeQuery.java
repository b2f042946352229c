package io.cotrain.employee;

import io.cotrain.tenancy.RegionId;

/**
 * A search of the employee list; every filter is optional (null).
 *
 * @param text part of the name or the start of the employee number
 * @param orgUnit the unit and everything below it
 * @param roleType of the current position
 * @param page from 0
 * @param size 1–500
 */
public record EmployeeQuery(String text, RegionId region, OrgUnitId orgUnit, PositionId position, RoleType roleType, TagId tag,
		EmployeeStatus status, int page, int size) {

	public static final int MAX_SIZE = 500;

	public EmployeeQuery {
		text = text == null || text.isBlank() ? null : text.strip();
		page = Math.max(0, page);
		size = Math.min(MAX_SIZE, Math.max(1, size));
	}

	public static EmployeeQuery all(int page, int size) {
		return new EmployeeQuery(null, null, null, null, null, null, null, page, size);
	}
}
