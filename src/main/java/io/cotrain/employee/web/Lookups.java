package io.cotrain.employee.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.OrgUnitView;
import io.cotrain.employee.PositionView;
import io.cotrain.employee.RoleType;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;

import org.springframework.stereotype.Component;

/** Names and choices the employee pages and the API show, in the caller's scope. */
@Component
class Lookups {

	private final EmployeeDirectory directory;
	private final TenantDirectory tenants;
	private final Clock clock;

	Lookups(EmployeeDirectory directory, TenantDirectory tenants, Clock clock) {
		this.directory = directory;
		this.tenants = tenants;
		this.clock = clock;
	}

	/** Today in a region's time zone. */
	LocalDate today(RegionId region) {
		return tenants.region(region).today(clock);
	}

	Names names(Collection<EmployeeView> employees) {
		List<io.cotrain.employee.EmployeeId> managers = employees.stream().map(EmployeeView::manager).filter(Objects::nonNull)
			.distinct().toList();
		return new Names(tenants.regions().stream().collect(Collectors.toMap(RegionInfo::id, Function.identity())),
				directory.orgUnits().stream().collect(Collectors.toMap(OrgUnitView::id, Function.identity())),
				directory.positions().stream().collect(Collectors.toMap(PositionView::id, Function.identity())),
				directory.getAll(managers).stream().collect(Collectors.toMap(EmployeeView::id, Function.identity())));
	}

	List<RegionInfo> regions() {
		return tenants.regions();
	}

	List<OrgUnitView> orgUnits() {
		return directory.orgUnits();
	}

	List<PositionView> positions() {
		return directory.positions();
	}

	/**
	 * Who can be a line manager: active supervisors and managers, and the present one whatever their position (the
	 * API accepts any active employee).
	 */
	List<EmployeeView> managers(io.cotrain.employee.EmployeeId present) {
		List<EmployeeView> managers = new java.util.ArrayList<>(directory.activeByRoleType(EnumSet.of(RoleType.SUPERVISOR, RoleType.MANAGER)));
		if (present != null && managers.stream().noneMatch(m -> m.id().equals(present))) {
			managers.addAll(directory.getAll(List.of(present)));
		}
		return managers;
	}
}
