package io.cotrain.training.session;

import io.cotrain.employee.EmployeeId;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.CurrentUser;
import io.cotrain.tenancy.Role;

/**
 * Who asks, as the occurrence rules need it: the system (no signed-in account: jobs, demo data), HR, a region admin (its
 * regions are already the scope's), an auditor, or a mentor (role MENTOR with an employee of its own).
 */
record Caller(String username, boolean system, boolean hr, boolean regionAdmin, boolean auditor, EmployeeId mentor) {

	static Caller of(Accounts accounts) {
		return accounts.current().map(Caller::of).orElseGet(() -> new Caller("system", true, false, false, false, null));
	}

	private static Caller of(CurrentUser user) {
		EmployeeId mentor = user.has(Role.MENTOR) && user.employeeId() != null ? new EmployeeId(user.employeeId()) : null;
		return new Caller(user.username(), false, user.has(Role.HR_ADMIN), user.has(Role.REGION_ADMIN), user.has(Role.AUDITOR), mentor);
	}

	/** Sees every occurrence and member the row security lets through. */
	boolean staff() {
		return system || hr || regionAdmin || auditor;
	}

	/** Records anyone's attendance on the roster (the scope keeps a region admin to its regions). */
	boolean recordsAll() {
		return system || hr || regionAdmin;
	}

	boolean mentors(EmployeeId memberMentor) {
		return mentor != null && mentor.equals(memberMentor);
	}
}
