package io.cotrain.training.group;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A saved collaboration group of a programme: its number, the cadre and the cadre's mentor (a department manager, with
 * the reasons), the clerks with their pair scores, reasons and mentors, and the group's score (the sum of its clerks').
 */
public record GroupView(UUID id, UUID programmeId, int number, Person cadre, Person cadreMentor, List<Reason> cadreMentorReasons,
		int score, List<GroupClerk> clerks, Instant createdAt) {

	public GroupView {
		cadreMentorReasons = List.copyOf(cadreMentorReasons);
		clerks = List.copyOf(clerks);
	}

	/** Whether the employee is the cadre or one of the clerks. */
	public boolean hasMember(io.cotrain.employee.EmployeeId employee) {
		return cadre.id().equals(employee) || clerks.stream().anyMatch(c -> c.clerk().id().equals(employee));
	}
}
