package io.cotrain.employee.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.cotrain.employee.EmployeeStatus;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.RoleType;
import io.cotrain.employee.TagView;

/** An employee in the REST API: ids as the API takes them, with the names they stand for. */
record EmployeeJson(UUID id, String employeeNo, String name, String phone, String email, UUID regionId, String regionCode,
		UUID orgUnitId, String orgUnitName, UUID positionId, String positionName, RoleType roleType, UUID managerId,
		String managerName, LocalDate hireDate, EmployeeStatus status, LocalDate leftOn, String terminalPin, List<TagView> tags) {

	static EmployeeJson of(EmployeeView e, Names names) {
		return new EmployeeJson(e.id().value(), e.employeeNo(), e.name(), e.phone(), e.email(), e.region().value(),
				names.regionCode(e.region()), Ids.value(e.orgUnit()), names.orgUnit(e.orgUnit()), e.position().value(),
				names.position(e.position(), Locale.ROOT), e.roleType(), Ids.value(e.manager()), names.manager(e.manager()),
				e.hireDate(), e.status(), e.leftOn(), e.terminalPin(), e.tags());
	}
}
