package io.cotrain.employee.web;

import java.util.List;
import java.util.UUID;

import io.cotrain.employee.OrgUnitId;
import io.cotrain.employee.OrgUnitView;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.Organisation.PositionForm;
import io.cotrain.employee.PositionId;
import io.cotrain.employee.PositionView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Organisation", description = "Org units (company → department → team) and positions")
@RestController
class OrganisationApiController {

	private final Organisation organisation;

	OrganisationApiController(Organisation organisation) {
		this.organisation = organisation;
	}

	record OrgUnitInput(String code, String name, OrgUnitView.Kind kind, UUID parentId, UUID regionId) {

		Organisation.OrgUnitForm form() {
			return new Organisation.OrgUnitForm(code, name, kind, Ids.orgUnit(parentId), Ids.region(regionId));
		}
	}

	@Operation(summary = "Org units visible to the caller, parents before children")
	@GetMapping("/api/v1/org-units")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN','AUDITOR')")
	List<OrgUnitView> orgUnits() {
		return organisation.orgUnits();
	}

	@GetMapping("/api/v1/org-units/{id}")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN','AUDITOR')")
	OrgUnitView orgUnit(@PathVariable UUID id) {
		return organisation.orgUnit(new OrgUnitId(id));
	}

	@PostMapping("/api/v1/org-units")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	OrgUnitView createOrgUnit(@RequestBody OrgUnitInput in) {
		return organisation.createOrgUnit(in.form());
	}

	@Operation(summary = "Change name, kind, parent or region (the code stays)")
	@PutMapping("/api/v1/org-units/{id}")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	OrgUnitView updateOrgUnit(@PathVariable UUID id, @RequestBody OrgUnitInput in) {
		return organisation.updateOrgUnit(new OrgUnitId(id), in.form());
	}

	@Operation(summary = "Positions by grade")
	@GetMapping("/api/v1/positions")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN','AUDITOR')")
	List<PositionView> positions() {
		return organisation.positions();
	}

	@GetMapping("/api/v1/positions/{id}")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN','AUDITOR')")
	PositionView position(@PathVariable UUID id) {
		return organisation.position(new PositionId(id));
	}

	@PostMapping("/api/v1/positions")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('HR_ADMIN')")
	PositionView createPosition(@RequestBody PositionForm in) {
		return organisation.createPosition(in);
	}

	@Operation(summary = "Change names, role type or grade (the code stays)")
	@PutMapping("/api/v1/positions/{id}")
	@PreAuthorize("hasRole('HR_ADMIN')")
	PositionView updatePosition(@PathVariable UUID id, @RequestBody PositionForm in) {
		return organisation.updatePosition(new PositionId(id), in);
	}
}
