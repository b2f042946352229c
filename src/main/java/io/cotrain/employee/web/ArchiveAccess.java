package io.cotrain.employee.web;

import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeeView;
import io.cotrain.shared.NotFoundException;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.CurrentUser;
import io.cotrain.tenancy.Role;

import org.springframework.stereotype.Component;

/**
 * Who may read an employee's archive: HR, region admins (row security limits them to their regions) and
 * auditors; the employee themself; a mentor the employees whose line manager they are. Anyone else is told it
 * does not exist.
 */
@Component
class ArchiveAccess {

	private final EmployeeDirectory directory;
	private final Accounts accounts;

	ArchiveAccess(EmployeeDirectory directory, Accounts accounts) {
		this.directory = directory;
		this.accounts = accounts;
	}

	EmployeeView visible(EmployeeId id) {
		EmployeeView employee = directory.get(id);
		if (!mayRead(accounts.requireCurrent(), employee)) {
			throw new NotFoundException("employee", id);
		}
		return employee;
	}

	static boolean mayRead(CurrentUser user, EmployeeView employee) {
		if (user.has(Role.HR_ADMIN) || user.has(Role.REGION_ADMIN) || user.has(Role.AUDITOR)) {
			return true;
		}
		if (user.employeeId() == null) {
			return false;
		}
		return user.employeeId().equals(employee.id().value())
				|| user.has(Role.MENTOR) && employee.manager() != null && user.employeeId().equals(employee.manager().value());
	}

	static boolean mayChange(CurrentUser user) {
		return user.has(Role.HR_ADMIN) || user.has(Role.REGION_ADMIN);
	}
}
