package io.cotrain.tenancy.web;

import java.util.List;

import io.cotrain.tenancy.TenantInfo;
import io.cotrain.tenancy.TenantProvisioning;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Platform", description = "Tenants (platform operators only)")
@RestController
@RequestMapping("/api/v1/platform/tenants")
@PreAuthorize("hasRole('PLATFORM_OPERATOR')")
class PlatformApiController {

	private final TenantProvisioning provisioning;

	PlatformApiController(TenantProvisioning provisioning) {
		this.provisioning = provisioning;
	}

	@GetMapping
	List<TenantInfo> list() {
		return provisioning.all();
	}

	@Operation(summary = "Create a tenant with its regions and first HR admin")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	TenantProvisioning.Provisioned create(@RequestBody TenantProvisioning.NewTenant body) {
		return provisioning.provision(body);
	}
}
