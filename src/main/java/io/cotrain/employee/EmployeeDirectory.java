package io.cotrain.employee;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Read access to the organisation and its employees, in the caller's tenant and region scope. Other modules
 * reference employees, positions and org units by id and read them here. Views carry the assignment in force
 * today in the employee's region (a future-dated change counts from its date on, even before the hourly job has
 * written it to the employee row).
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

	/** @throws io.cotrain.shared.NotFoundException when not visible in the current scope */
	OrgUnitView orgUnit(OrgUnitId id);

	/** Visible employees among {@code ids}, in no particular order (missing ones are left out). */
	List<EmployeeView> getAll(Collection<EmployeeId> ids);

	/** The employee an attendance terminal knows by this PIN. */
	Optional<EmployeeView> byTerminalPin(String terminalPin);

	/** Active employees whose current line manager is {@code manager}, by employee number. */
	List<EmployeeView> directReports(EmployeeId manager);

	/** A page of the employee list (search and filters); future-dated assignments that are due are applied first. */
	EmployeePage search(EmployeeQuery query);

	/** The assignment history with names and who recorded each change, oldest first. */
	List<AssignmentEntry> historyEntries(EmployeeId id);

	/** The tenant's tags, by type and name. */
	List<TagView> tags();
}
