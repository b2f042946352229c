package io.cotrain.attendance;

import java.time.Instant;
import java.util.UUID;

import io.cotrain.employee.EmployeeId;

/**
 * A roster member checked in to a training session (the occurrence of a joint course), by QR code, face terminal or an
 * approved correction; published in the recording transaction.
 *
 * @param status PRESENT or LATE
 * @param method QR, TERMINAL or CORRECTION
 */
public record CheckedIn(UUID occurrenceId, UUID programmeId, UUID courseKey, EmployeeId employee, String status, String method,
		Instant checkedInAt) {
}
