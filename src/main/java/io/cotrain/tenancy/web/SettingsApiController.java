package io.cotrain.tenancy.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.TenantSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Settings", description = "The tenant's thresholds, weights, hours and windows, with their defaults")
@RestController
@RequestMapping("/api/v1/settings")
@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN','AUDITOR')")
class SettingsApiController {

	private final TenantSettings settings;

	SettingsApiController(TenantSettings settings) {
		this.settings = settings;
	}

	record SettingJson(String key, String type, String defaultValue, String tenantValue, Map<UUID, String> regionValues,
			boolean perRegion, String min, String max) {
	}

	/** @param region a region id for a region's own value, or null for the tenant's; an empty value removes it */
	record Change(String key, UUID region, String value) {
	}

	@Operation(summary = "Every setting with its default, the tenant's value and the regions' values")
	@GetMapping
	List<SettingJson> list() {
		return settings.entries().stream().map(SettingsApiController::json).toList();
	}

	@Operation(summary = "Set or remove the tenant's (or a region's) value of a setting")
	@PutMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	void change(@RequestBody Change change) {
		settings.set(change.key(), change.region() == null ? null : new RegionId(change.region()), change.value());
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static SettingJson json(TenantSettings.Entry e) {
		io.cotrain.tenancy.Setting s = e.setting();
		return new SettingJson(s.key(), s.type().name(), e.defaultValue(), e.tenantValue(),
				e.regionValues().entrySet().stream().collect(Collectors.toMap(r -> r.getKey().value(), Map.Entry::getValue)),
				s.perRegion(), s.min() == null ? null : s.format(s.min()), s.max() == null ? null : s.format(s.max()));
	}
}
