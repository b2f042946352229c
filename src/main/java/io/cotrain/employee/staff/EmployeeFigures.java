package io.cotrain.employee.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cotrain.employee.EmployeeStatus;
import io.cotrain.employee.RoleType;
import io.cotrain.portal.DashboardTile;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.CurrentUser;
import io.cotrain.tenancy.Role;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Landing-page figures: head counts in the user's scope (a region admin's regions), a mentor's team. */
@Component
class EmployeeFigures implements DashboardTile {

	private final Accounts accounts;
	private final EmployeeQueries queries;
	private final EmployeeRepository employees;
	private final DueAssignments due;

	EmployeeFigures(Accounts accounts, EmployeeQueries queries, EmployeeRepository employees, DueAssignments due) {
		this.accounts = accounts;
		this.queries = queries;
		this.employees = employees;
		this.due = due;
	}

	@Override
	public List<Figure> figures(Authentication auth) {
		CurrentUser user = accounts.current().orElse(null);
		if (user == null) {
			return List.of();
		}
		List<Figure> figures = new ArrayList<>();
		if (user.has(Role.HR_ADMIN) || user.has(Role.REGION_ADMIN) || user.has(Role.AUDITOR)) {
			due.applyInTenant(); // counts by the position in force today
			Map<RoleType, Long> counts = queries.activeByRoleType();
			String active = "/employees?status=ACTIVE";
			figures.add(new Figure("figure.employees", counts.values().stream().mapToLong(Long::longValue).sum(), active, 100));
			figures.add(new Figure("figure.clerks", counts.getOrDefault(RoleType.CLERK, 0L), active + "&roleType=CLERK", 110));
			figures.add(new Figure("figure.cadres", counts.getOrDefault(RoleType.CADRE, 0L), active + "&roleType=CADRE", 120));
		}
		if (user.has(Role.MENTOR) && user.employeeId() != null) {
			figures.add(new Figure("figure.directReports",
					employees.findByManagerIdAndStatusOrderByEmployeeNo(user.employeeId(), EmployeeStatus.ACTIVE).size(),
					"/employees/me", 130));
		}
		return figures;
	}
}
