package io.cotrain.employee;

import java.time.Instant;

/**
 * An assignment as the history view shows it: with what it refers to (as named now) and who recorded it when.
 *
 * @param orgUnit null when none, or not visible in the caller's scope
 * @param managerName null when none, or not visible in the caller's scope
 */
public record AssignmentEntry(Assignment assignment, String regionCode, OrgUnitView orgUnit, PositionView position,
		String managerName, Instant recordedAt, String recordedBy) {
}
