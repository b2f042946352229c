package io.cotrain.employee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.cotrain.tenancy.RegionId;

/**
 * Changes to employees, in the caller's scope (a region admin changes only employees of its regions and cannot
 * move one out of them). Rule violations are {@link io.cotrain.shared.RuleViolationException}s naming the
 * field; employees outside the scope are {@link io.cotrain.shared.NotFoundException}s. Every change is audited.
 */
public interface EmployeeRegistry {

	/** Hires: the first assignment is effective from the hire date. */
	EmployeeView create(NewEmployee employee);

	/**
	 * Changes the profile at once, and region, org unit, position or line manager from
	 * {@link EmployeeChange#effectiveFrom()} (today in the employee's region when null) — a new assignment; the
	 * history is never overwritten.
	 */
	EmployeeView update(EmployeeId id, EmployeeChange change);

	/** Status LEFT from {@code leftOn} (not in the future); a linked login is disabled. */
	EmployeeView leave(EmployeeId id, LocalDate leftOn);

	/** Pseudonymises name, phone and email (ids, numbers and history stay); a linked login is disabled. */
	EmployeeView erase(EmployeeId id);

	/** When the person's data was erased, or null. */
	Instant erasedAt(EmployeeId id);

	/** Everything this module holds about the person; the export is audited. */
	PersonalData personalData(EmployeeId id);

	/** Creates {@code <employee number>@<tenant>} with role EMPLOYEE linked to the employee; the password is shown once. */
	LoginCreated createLogin(EmployeeId id);

	EmployeeView tag(EmployeeId id, TagId tag);

	EmployeeView untag(EmployeeId id, TagId tag);

	/** Makes due future-dated assignments current (also done hourly); returns how many employees changed. */
	int applyDueAssignments();

	/**
	 * @param phone as typed; stored in E.164 with the region's phone country as default
	 * @param terminalPin null or blank: the employee number
	 */
	record NewEmployee(String employeeNo, String name, String phone, String email, RegionId region, OrgUnitId orgUnit,
			PositionId position, EmployeeId manager, LocalDate hireDate, String terminalPin) {
	}

	/**
	 * The employee as it should be (a full replacement; null org unit or manager means none).
	 *
	 * @param effectiveFrom when a change of region, org unit, position or manager takes effect; null: today
	 */
	record EmployeeChange(String name, String phone, String email, String terminalPin, RegionId region, OrgUnitId orgUnit,
			PositionId position, EmployeeId manager, LocalDate effectiveFrom) {
	}

	record LoginCreated(String username, String initialPassword) {
	}

	/** What is held about a person, for an export on request (PIPL). */
	record PersonalData(EmployeeView employee, List<AssignmentEntry> assignments, String login, Instant erasedAt,
			Instant exportedAt) {
	}
}
