package io.cotrain.employee;

/** Employees are never deleted: they leave. */
public enum EmployeeStatus {
	ACTIVE, LEFT
}
