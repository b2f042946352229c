package io.cotrain.training.group;

import java.util.List;

import io.cotrain.employee.EmployeeId;

/**
 * A group to save, by ids only: {@link Groups#save(java.util.UUID, List)} checks the rules again and computes the
 * scores and reasons itself. Mentors may be null (none).
 */
public record GroupPlan(EmployeeId cadre, EmployeeId cadreMentor, List<ClerkPlan> clerks) {

	public GroupPlan {
		clerks = clerks == null ? List.of() : List.copyOf(clerks);
	}

	public record ClerkPlan(EmployeeId clerk, EmployeeId mentor) {
	}
}
