package io.cotrain.employee.staff;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeeStatus;
import io.cotrain.employee.OrgUnitId;
import io.cotrain.employee.OrgUnitView;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.PositionId;
import io.cotrain.employee.support.Violations;
import io.cotrain.shared.NotFoundException;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantScope;

import org.springframework.stereotype.Component;

/**
 * Checks what an employee's input refers to, in the caller's scope: ids of another tenant (or of a region the
 * caller does not administer) are not visible and so refused like unknown ones.
 */
@Component
class EmployeeChecks {

	/** Like an employee number, which is the default PIN. */
	static final Pattern PIN = Violations.CODE;
	static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
	private static final int MAX_MANAGER_CHAIN = 50;

	private final TenantDirectory directory;
	private final Organisation organisation;
	private final EmployeeRepository employees;

	EmployeeChecks(TenantDirectory directory, Organisation organisation, EmployeeRepository employees) {
		this.directory = directory;
		this.organisation = organisation;
		this.employees = employees;
	}

	/** The region, when the caller's scope includes it (a region admin cannot place anyone elsewhere). */
	RegionInfo region(RegionId id, Violations v) {
		if (v.present("regionId", id) == null) {
			return null;
		}
		try {
			RegionInfo region = directory.region(id);
			if (TenantScope.require().sees(id)) {
				return region;
			}
		}
		catch (NotFoundException e) {
			// invisible: another tenant's, or outside a region admin's regions
		}
		v.add("regionId", "validation.employee.region");
		return null;
	}

	String phone(String raw, RegionInfo region, Violations v) {
		try {
			return PhoneNumbers.normalise(raw, region == null ? null : region.phoneCountry()).orElse(null);
		}
		catch (IllegalArgumentException e) {
			v.add("phone", "validation.employee.phone");
			return null;
		}
	}

	String email(String raw, Violations v) {
		String email = v.optional("email", raw, 200);
		if (email != null && !EMAIL.matcher(email).matches()) {
			v.add("email", "validation.employee.email");
		}
		return email;
	}

	/** The PIN as given, or the employee number when blank. */
	String pin(String raw, String employeeNo, Violations v) {
		String pin = Violations.trim(raw) == null ? employeeNo : raw.strip();
		if (pin != null && !PIN.matcher(pin).matches()) {
			v.add("terminalPin", "validation.employee.pin");
		}
		return pin;
	}

	/** Org unit (visible, and of the employee's region or tenant-wide), position and an active line manager. */
	void placement(EmployeeId self, RegionInfo region, OrgUnitId orgUnit, PositionId position, EmployeeId manager, Violations v) {
		if (orgUnit != null) {
			try {
				OrgUnitView unit = organisation.orgUnit(orgUnit);
				if (unit.region() != null && region != null && !unit.region().equals(region.id())) {
					v.add("orgUnitId", "validation.employee.orgUnitRegion");
				}
			}
			catch (NotFoundException e) {
				v.add("orgUnitId", "validation.selection");
			}
		}
		if (v.present("positionId", position) != null) {
			try {
				organisation.position(position);
			}
			catch (NotFoundException e) {
				v.add("positionId", "validation.selection");
			}
		}
		if (manager != null) {
			manager(self, manager, v);
		}
	}

	/** A new employee's line manager, by the manager's status: visible and active (no cycle is possible yet). */
	void newManager(Optional<EmployeeStatus> status, Violations v) {
		if (status.isEmpty()) {
			v.add("managerId", "validation.selection");
		}
		else if (status.get() != EmployeeStatus.ACTIVE) {
			v.add("managerId", "validation.employee.managerLeft");
		}
	}

	private void manager(EmployeeId self, EmployeeId manager, Violations v) {
		Employee boss = employees.findById(manager.value()).orElse(null);
		if (boss == null) {
			v.add("managerId", "validation.selection");
		}
		else if (manager.equals(self)) {
			v.add("managerId", "validation.employee.ownManager");
		}
		else if (boss.status() != EmployeeStatus.ACTIVE) {
			v.add("managerId", "validation.employee.managerLeft");
		}
		else if (self != null && reportsTo(boss, self)) {
			v.add("managerId", "validation.employee.managerCycle");
		}
	}

	/** Whether {@code employee}'s chain of (visible) line managers reaches {@code top}. */
	private boolean reportsTo(Employee employee, EmployeeId top) {
		Set<UUID> seen = new HashSet<>();
		Employee current = employee;
		while (current != null && seen.add(current.id().value()) && seen.size() <= MAX_MANAGER_CHAIN) {
			EmployeeId next = current.current().manager();
			if (next == null) {
				return false;
			}
			if (next.equals(top)) {
				return true;
			}
			current = employees.findById(next.value()).orElse(null);
		}
		return current != null;
	}
}
