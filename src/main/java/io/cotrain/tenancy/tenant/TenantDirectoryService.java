package io.cotrain.tenancy.tenant;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantInfo;
import io.cotrain.tenancy.TenantScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class TenantDirectoryService implements TenantDirectory {

	private final TenantRepository tenants;
	private final RegionRepository regions;
	private final AuditLog audit;
	private final Clock clock;

	TenantDirectoryService(TenantRepository tenants, RegionRepository regions, AuditLog audit, Clock clock) {
		this.tenants = tenants;
		this.regions = regions;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public TenantInfo currentTenant() {
		return tenants.findById(TenantScope.require().tenant().value())
			.map(Tenant::info)
			.orElseThrow(() -> new NotFoundException("tenant", TenantScope.require().tenant()));
	}

	@Override
	public List<RegionInfo> regions() {
		return regions.findAllByOrderByCode().stream().map(Region::info).toList();
	}

	@Override
	public RegionInfo region(RegionId id) {
		return regions.findById(id.value()).map(Region::info).orElseThrow(() -> new NotFoundException("region", id));
	}

	@Override
	public Optional<RegionInfo> regionByCode(String code) {
		return regions.findByCode(code).map(Region::info);
	}

	@Override
	@Transactional
	public RegionInfo createRegion(RegionForm form) {
		RegionRules.Valid valid = RegionRules.check(form);
		if (regions.existsByCode(valid.code())) {
			throw RuleViolationException.of("code", "validation.code.duplicate");
		}
		Region region = regions.save(new Region(valid.code(), valid.name(), valid.zone(), valid.locale(), valid.phoneCountry(),
				clock.instant()));
		audit.record("REGION_CREATED", "region", region.info().id(), Map.of("code", valid.code(), "timeZone", valid.zone().getId()));
		return region.info();
	}

	@Override
	@Transactional
	public RegionInfo updateRegion(RegionId id, RegionForm form) {
		Region region = regions.findById(id.value()).orElseThrow(() -> new NotFoundException("region", id));
		RegionRules.Valid valid = RegionRules.check(new RegionForm(region.code(), form.name(), form.timeZone(), form.locale(),
				form.phoneCountry()));
		RegionInfo before = region.info();
		region.change(valid.name(), valid.zone(), valid.locale(), valid.phoneCountry());
		audit.record("REGION_CHANGED", "region", id, Map.of("before", describe(before), "after", describe(region.info())));
		return region.info();
	}

	private static Map<String, String> describe(RegionInfo r) {
		return Map.of("name", r.name(), "timeZone", r.timeZone().getId(), "locale", r.locale().toLanguageTag(), "phoneCountry",
				r.phoneCountry());
	}
}
