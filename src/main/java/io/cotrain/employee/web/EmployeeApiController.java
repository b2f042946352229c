package io.cotrain.employee.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.cotrain.employee.AssignmentEntry;
import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeePage;
import io.cotrain.employee.EmployeeQuery;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.EmployeeRegistry.LoginCreated;
import io.cotrain.employee.EmployeeRegistry.PersonalData;
import io.cotrain.employee.EmployeeStatus;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.RoleType;
import io.cotrain.employee.TagId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Employees", description = "Employees with effective-dated assignments, tags, logins and personal data")
@RestController
@RequestMapping("/api/v1/employees")
class EmployeeApiController {

	private final EmployeeDirectory directory;
	private final EmployeeRegistry registry;
	private final ArchiveAccess access;
	private final Lookups lookups;

	EmployeeApiController(EmployeeDirectory directory, EmployeeRegistry registry, ArchiveAccess access, Lookups lookups) {
		this.directory = directory;
		this.registry = registry;
		this.access = access;
		this.lookups = lookups;
	}

	/**
	 * @param hireDate on creation only
	 * @param effectiveFrom on change: when a new region, org unit, position or manager takes effect (default today)
	 */
	record EmployeeInput(String employeeNo, String name, String phone, String email, UUID regionId, UUID orgUnitId,
			UUID positionId, UUID managerId, LocalDate hireDate, String terminalPin, LocalDate effectiveFrom) {
	}

	record PageJson(List<EmployeeJson> content, long totalElements, int page, int size, int totalPages) {
	}

	record LeaveInput(LocalDate leftOn) {
	}

	record TagInput(UUID tagId) {
	}

	@Operation(summary = "Search employees (by number or name) with filters; a page of at most 500")
	@GetMapping
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN','AUDITOR')")
	PageJson list(@RequestParam(required = false) String q, @RequestParam(required = false) UUID regionId,
			@RequestParam(required = false) UUID orgUnitId, @RequestParam(required = false) UUID positionId,
			@RequestParam(required = false) RoleType roleType, @RequestParam(required = false) UUID tagId,
			@RequestParam(required = false) EmployeeStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		EmployeePage found = directory.search(new EmployeeQuery(q, Ids.region(regionId), Ids.orgUnit(orgUnitId),
				Ids.position(positionId), roleType, Ids.tag(tagId), status, page, size));
		Names names = lookups.names(found.content());
		return new PageJson(found.content().stream().map(e -> EmployeeJson.of(e, names)).toList(), found.totalElements(),
				found.page(), found.size(), found.totalPages());
	}

	@Operation(summary = "One employee: HR, region admins and auditors; the employee; their line manager (mentor)")
	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	EmployeeJson get(@PathVariable UUID id) {
		return json(access.visible(new EmployeeId(id)));
	}

	@Operation(summary = "Hire: the first assignment is effective from the hire date; the terminal PIN defaults to the number")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	EmployeeJson create(@RequestBody EmployeeInput in) {
		return json(registry.create(new EmployeeRegistry.NewEmployee(in.employeeNo(), in.name(), in.phone(), in.email(),
				Ids.region(in.regionId()), Ids.orgUnit(in.orgUnitId()), Ids.position(in.positionId()), Ids.employee(in.managerId()),
				in.hireDate(), in.terminalPin())));
	}

	@Operation(summary = "Replace the profile; a changed region, org unit, position or manager takes effect from effectiveFrom")
	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	EmployeeJson update(@PathVariable UUID id, @RequestBody EmployeeInput in) {
		return json(registry.update(new EmployeeId(id), new EmployeeRegistry.EmployeeChange(in.name(), in.phone(), in.email(),
				in.terminalPin(), Ids.region(in.regionId()), Ids.orgUnit(in.orgUnitId()), Ids.position(in.positionId()),
				Ids.employee(in.managerId()), in.effectiveFrom())));
	}

	@Operation(summary = "The employee leaves on leftOn (not in the future); a linked login is disabled")
	@PostMapping("/{id}/leave")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	EmployeeJson leave(@PathVariable UUID id, @RequestBody LeaveInput in) {
		return json(registry.leave(new EmployeeId(id), in.leftOn()));
	}

	@Operation(summary = "Assignment history, oldest first")
	@GetMapping("/{id}/assignments")
	@PreAuthorize("isAuthenticated()")
	List<AssignmentEntry> assignments(@PathVariable UUID id) {
		return directory.historyEntries(access.visible(new EmployeeId(id)).id());
	}

	@Operation(summary = "Everything held about the person (audited)")
	@GetMapping("/{id}/personal-data")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	PersonalData personalData(@PathVariable UUID id) {
		return registry.personalData(new EmployeeId(id));
	}

	@Operation(summary = "Pseudonymise name, phone and email; ids, number and history stay (audited)")
	@PostMapping("/{id}/erasure")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	EmployeeJson erase(@PathVariable UUID id) {
		return json(registry.erase(new EmployeeId(id)));
	}

	@Operation(summary = "Create the login <employee number>@<tenant> (role EMPLOYEE); the one-time password is returned once")
	@PostMapping("/{id}/login")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	LoginCreated createLogin(@PathVariable UUID id) {
		return registry.createLogin(new EmployeeId(id));
	}

	@PostMapping("/{id}/tags")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	EmployeeJson tag(@PathVariable UUID id, @RequestBody TagInput in) {
		if (in.tagId() == null) {
			throw io.cotrain.shared.RuleViolationException.of("tagId", "validation.selection");
		}
		return json(registry.tag(new EmployeeId(id), new TagId(in.tagId())));
	}

	@DeleteMapping("/{id}/tags/{tagId}")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	EmployeeJson untag(@PathVariable UUID id, @PathVariable UUID tagId) {
		return json(registry.untag(new EmployeeId(id), new TagId(tagId)));
	}

	private EmployeeJson json(EmployeeView employee) {
		return EmployeeJson.of(employee, lookups.names(List.of(employee)));
	}
}
