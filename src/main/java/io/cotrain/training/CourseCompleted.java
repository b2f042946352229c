package io.cotrain.training;

import java.time.Instant;
import java.util.UUID;

import io.cotrain.employee.EmployeeId;

/**
 * A learner completed a course of a programme — a milestone (published once, in the completing transaction; the
 * partners are told through the notification centre). For hours and evaluation to come.
 *
 * @param courseKey the course's stable key
 * @param source UNITS (online) or ATTENDANCE (a joint live or offline session)
 */
public record CourseCompleted(UUID programmeId, UUID courseKey, EmployeeId employee, String source, Instant completedAt) {
}
