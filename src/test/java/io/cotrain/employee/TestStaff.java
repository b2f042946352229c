package io.cotrain.employee;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import io.cotrain.employee.EmployeeRegistry.NewEmployee;
import io.cotrain.employee.Organisation.OrgUnitForm;
import io.cotrain.employee.Organisation.PositionForm;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantDirectory.RegionForm;
import io.cotrain.tenancy.TenantInfo;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.tenancy.TestTenants;

/**
 * A test's own company: a tenant with regions {@code east} (Asia/Shanghai, CN) and {@code south}
 * (Asia/Ho_Chi_Minh, VN), a company with one team per region, the usual positions, and helpers to hire people
 * and give them logins. Everything is created through the module's facades in the tenant's all-regions scope.
 */
public final class TestStaff {

	public final TenantInfo tenant;
	public final RegionInfo east;
	public final RegionInfo south;
	public final OrgUnitView company;
	public final OrgUnitView eastTeam;
	public final OrgUnitView southTeam;
	public final PositionView clerk;
	public final PositionView cadre;
	public final PositionView supervisor;
	public final PositionView manager;

	private final Organisation organisation;
	private final EmployeeRegistry registry;
	private final Accounts accounts;

	public TestStaff(TenantProvisioning provisioning, TenantDirectory directory, Organisation organisation, EmployeeRegistry registry,
			Accounts accounts) {
		this.organisation = organisation;
		this.registry = registry;
		this.accounts = accounts;
		this.tenant = TestTenants.provision(provisioning, List.of(new RegionForm("east", "East", "Asia/Shanghai", "zh-CN", "CN"),
				new RegionForm("south", "South", "Asia/Ho_Chi_Minh", "vi-VN", "VN")));
		this.east = in(() -> directory.regionByCode("east").orElseThrow());
		this.south = in(() -> directory.regionByCode("south").orElseThrow());
		this.company = in(() -> organisation.createOrgUnit(new OrgUnitForm("CO", "Company", OrgUnitView.Kind.COMPANY, null, null)));
		this.eastTeam = in(() -> organisation.createOrgUnit(new OrgUnitForm("EAST-1", "East team", OrgUnitView.Kind.TEAM,
				company.id(), east.id())));
		this.southTeam = in(() -> organisation.createOrgUnit(new OrgUnitForm("SOUTH-1", "South team", OrgUnitView.Kind.TEAM,
				company.id(), south.id())));
		this.clerk = position("CLERK", RoleType.CLERK, 1);
		this.cadre = position("CADRE", RoleType.CADRE, 2);
		this.supervisor = position("SUP", RoleType.SUPERVISOR, 3);
		this.manager = position("MGR", RoleType.MANAGER, 4);
	}

	private PositionView position(String code, RoleType type, int grade) {
		return in(() -> organisation.createPosition(new PositionForm(code, code.toLowerCase(Locale.ROOT), code, type, grade)));
	}

	/** Runs {@code work} in the tenant's all-regions scope (outside any transaction). */
	public <T> T in(Supplier<T> work) {
		return TenantScope.call(TenantScope.allRegions(tenant.id()), work);
	}

	public EmployeeView hire(String number, String name, RegionInfo region, PositionView position, EmployeeView manager,
			LocalDate hired) {
		OrgUnitView team = region.id().equals(east.id()) ? eastTeam : southTeam;
		return in(() -> registry.create(new NewEmployee(number, name, null, null, region.id(), team.id(), position.id(),
				manager == null ? null : manager.id(), hired, null)));
	}

	public EmployeeView hire(String number, String name, RegionInfo region, PositionView position) {
		return hire(number, name, region, position, null, LocalDate.of(2024, 1, 15));
	}

	/** A login {@code name@tenant} with {@link TestTenants#PASSWORD}, linked to {@code employee} when given. */
	public String login(String name, Set<Role> roles, Set<RegionInfo> regions, EmployeeView employee) {
		return in(() -> accounts.create(new Accounts.NewAccount(name, "Test " + name, roles,
				regions.stream().map(RegionInfo::id).collect(java.util.stream.Collectors.toSet()), Locale.SIMPLIFIED_CHINESE,
				TestTenants.PASSWORD, employee == null ? null : employee.id().value())).account().username());
	}

	public String hr() {
		return "hr@" + tenant.code();
	}
}
