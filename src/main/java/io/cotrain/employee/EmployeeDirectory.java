package io.cotrain.employee;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Read access to the organisation and its employees, in the caller's tenant and region scope. Other modules
 * reference employees, positions and org units by id and read them here.
 */
public interface EmployeeDirectory {

	/** @throws io.cotrain.shared.NotFoundException when not visible in the current scope */
	EmployeeView get(EmployeeId id);

	Optional<EmployeeView> byNumber(String employeeNo);

	/** Active employees whose current position has one of the role types. */
	List<EmployeeView> activeByRoleType(Collection<RoleType> roleTypes);

	/** All assignments of an employee, oldest first. */
	List<Assignment> history(EmployeeId id);

	/** The assignment in force on a date, if the employee was assigned by then. */
	Optional<Assignment> assignmentOn(EmployeeId id, LocalDate date);

	List<PositionView> positions();

	PositionView position(PositionId id);

	List<OrgUnitView> orgUnits();
}
