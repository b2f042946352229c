package io.cotrain.tenancy.web;

import java.util.List;
import java.util.UUID;

import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantDirectory.RegionForm;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Regions", description = "Sites and branches of the tenant with their time zones")
@RestController
@RequestMapping("/api/v1/regions")
class RegionApiController {

	private final TenantDirectory directory;

	RegionApiController(TenantDirectory directory) {
		this.directory = directory;
	}

	record RegionJson(UUID id, String code, String name, String timeZone, String locale, String phoneCountry) {
		static RegionJson of(RegionInfo r) {
			return new RegionJson(r.id().value(), r.code(), r.name(), r.timeZone().getId(), r.locale().toLanguageTag(),
					r.phoneCountry());
		}
	}

	@Operation(summary = "Regions visible to the caller")
	@GetMapping
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN','AUDITOR')")
	List<RegionJson> list() {
		return directory.regions().stream().map(RegionJson::of).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN','AUDITOR')")
	RegionJson get(@PathVariable UUID id) {
		return RegionJson.of(directory.region(new RegionId(id)));
	}

	@Operation(summary = "Add a region")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('HR_ADMIN')")
	RegionJson create(@RequestBody RegionForm form) {
		return RegionJson.of(directory.createRegion(form));
	}

	@Operation(summary = "Change a region's name, time zone, locale or phone country (the code stays)")
	@PutMapping("/{id}")
	@PreAuthorize("hasRole('HR_ADMIN')")
	RegionJson update(@PathVariable UUID id, @RequestBody RegionForm form) {
		return RegionJson.of(directory.updateRegion(new RegionId(id), form));
	}
}
