package io.cotrain.attendance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.cotrain.employee.EmployeeId;

/**
 * A session's check-in window closed: whoever had not checked in (and was not excused) is ABSENT; the outcome of every
 * roster member, for hours and evaluation. Published once per session.
 */
public record SessionClosed(UUID occurrenceId, UUID programmeId, UUID courseKey, Instant startsAt, List<Outcome> outcomes) {

	/**
	 * @param status PRESENT, LATE, ABSENT or EXCUSED
	 * @param jointlyPresent whether the member's whole group checked in within the joint-presence rule
	 */
	public record Outcome(EmployeeId employee, UUID groupId, String status, boolean jointlyPresent) {
	}

	public SessionClosed {
		outcomes = List.copyOf(outcomes);
	}
}
