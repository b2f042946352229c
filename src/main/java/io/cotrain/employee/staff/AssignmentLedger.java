package io.cotrain.employee.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.cotrain.employee.Assignment;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.CurrentUser;

import org.springframework.stereotype.Component;

/** Records assignments and keeps the employee row's copy of the one in force up to date. */
@Component
class AssignmentLedger {

	private final AssignmentRepository assignments;
	private final Accounts accounts;
	private final Clock clock;

	AssignmentLedger(AssignmentRepository assignments, Accounts accounts, Clock clock) {
		this.assignments = assignments;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Oldest first; on one date in the order recorded. */
	List<EmployeeAssignment> of(Employee employee) {
		return assignments.findByEmployeeIdOrderByEffectiveFromAscSeqAsc(employee.id().value());
	}

	Timeline timeline(Employee employee) {
		return new Timeline(of(employee).stream().map(EmployeeAssignment::value).toList());
	}

	void record(Employee employee, Assignment assignment) {
		String by = accounts.current().map(CurrentUser::username).orElse("system");
		assignments.save(new EmployeeAssignment(employee.id(), assignment, clock.instant(), by));
	}

	/** Copies the assignment in force on {@code today} (of the employee's region) to the employee. */
	void refresh(Employee employee, LocalDate today) {
		Timeline timeline = timeline(employee);
		employee.apply(timeline.current(today), timeline.nextChange(today), clock.instant());
	}
}
