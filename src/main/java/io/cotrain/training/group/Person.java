package io.cotrain.training.group;

import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeeView;
import io.cotrain.tenancy.RegionId;

/**
 * A member or mentor as a group shows them. Someone the caller may not see (a region admin looking at a group with a
 * member in another region) has only an id.
 */
public record Person(EmployeeId id, String employeeNo, String name, RegionId region) {

	public static Person of(EmployeeView employee) {
		return new Person(employee.id(), employee.employeeNo(), employee.name(), employee.region());
	}

	static Person hidden(EmployeeId id) {
		return new Person(id, null, null, null);
	}
}
