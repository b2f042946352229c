package io.cotrain.attendance;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.cotrain.employee.EmployeeId;

/**
 * Every member of a collaboration group checked in to a session within the joint-presence rule of each other (DOMAIN.md
 * §3.5: both partners really were there); published once per group and session, with the check-in that completed it.
 *
 * @param spread the time between the group's first and last check-in
 */
public record JointlyPresent(UUID occurrenceId, UUID programmeId, UUID courseKey, UUID groupId, List<EmployeeId> members,
		Duration spread) {

	public JointlyPresent {
		members = List.copyOf(members);
	}
}
