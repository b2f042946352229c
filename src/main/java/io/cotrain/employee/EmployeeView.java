package io.cotrain.employee;

import java.time.LocalDate;
import java.util.List;

import io.cotrain.tenancy.RegionId;

/**
 * An employee as other modules see it, with the assignment in force today.
 *
 * @param phone E.164, e.g. +8613800000000
 * @param terminalPin the id attendance terminals know the employee by (defaults to the employee number)
 */
public record EmployeeView(EmployeeId id, String employeeNo, String name, String phone, String email, RegionId region,
		OrgUnitId orgUnit, PositionId position, RoleType roleType, EmployeeId manager, LocalDate hireDate,
		EmployeeStatus status, LocalDate leftOn, String terminalPin, List<TagView> tags) {

	public boolean isActive() {
		return status == EmployeeStatus.ACTIVE;
	}
}
