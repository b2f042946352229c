package io.cotrain.employee;

import java.time.LocalDate;

import io.cotrain.tenancy.RegionId;

/**
 * Where an employee works from {@code effectiveFrom} (in the region's calendar) until the next assignment.
 * The history of assignments is what promotion rates and before/after comparisons read.
 */
public record Assignment(LocalDate effectiveFrom, RegionId region, OrgUnitId orgUnit, PositionId position, EmployeeId manager) {
}
