package io.cotrain.training;

import java.util.UUID;

import io.cotrain.employee.EmployeeId;

/**
 * An attendance at an occurrence of a JOINT LIVE/OFFLINE course was recorded or changed (published in the recording
 * transaction, once per changed row). Progress completes the course for {@code employee} when {@code status} is
 * PRESENT or LATE ({@link Occurrences.Attendance#attended()}); listeners must be idempotent.
 *
 * @param courseKey the course's stable key
 * @param status the new {@link Occurrences.Attendance} name
 */
public record AttendanceRecorded(UUID programmeId, UUID courseKey, EmployeeId employee, String status) {
}
