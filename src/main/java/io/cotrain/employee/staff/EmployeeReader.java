package io.cotrain.employee.staff;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cotrain.employee.Assignment;
import io.cotrain.employee.AssignmentEntry;
import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeePage;
import io.cotrain.employee.EmployeeQuery;
import io.cotrain.employee.EmployeeStatus;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.OrgUnitId;
import io.cotrain.employee.OrgUnitView;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.PositionId;
import io.cotrain.employee.PositionView;
import io.cotrain.employee.RoleType;
import io.cotrain.employee.TagView;
import io.cotrain.employee.Tags;
import io.cotrain.shared.NotFoundException;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class EmployeeReader implements EmployeeDirectory {

	private final EmployeeRepository employees;
	private final AssignmentLedger ledger;
	private final EmployeeViews views;
	private final EmployeeQueries queries;
	private final DueAssignments due;
	private final Organisation organisation;
	private final Tags tags;
	private final TenantDirectory directory;
	private final TransactionTemplate readOnly;

	EmployeeReader(EmployeeRepository employees, AssignmentLedger ledger, EmployeeViews views, EmployeeQueries queries,
			DueAssignments due, Organisation organisation, Tags tags, TenantDirectory directory,
			PlatformTransactionManager transactions) {
		this.employees = employees;
		this.ledger = ledger;
		this.views = views;
		this.queries = queries;
		this.due = due;
		this.organisation = organisation;
		this.tags = tags;
		this.directory = directory;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	@Override
	@Transactional(readOnly = true)
	public EmployeeView get(EmployeeId id) {
		return views.of(load(id));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<EmployeeView> byNumber(String employeeNo) {
		return employeeNo == null ? Optional.empty() : employees.findByEmployeeNo(employeeNo.strip()).map(views::of);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<EmployeeView> byTerminalPin(String terminalPin) {
		return terminalPin == null ? Optional.empty() : employees.findByTerminalPin(terminalPin.strip()).map(views::of);
	}

	@Override
	@Transactional(readOnly = true)
	public List<EmployeeView> activeByRoleType(Collection<RoleType> roleTypes) {
		Set<RoleType> wanted = roleTypes.isEmpty() ? EnumSet.noneOf(RoleType.class) : EnumSet.copyOf(roleTypes);
		Set<UUID> positions = organisation.positions().stream().filter(p -> wanted.contains(p.roleType()))
			.map(p -> p.id().value()).collect(Collectors.toSet());
		// employees with a started but not yet copied change may be in or out: their views decide
		Map<UUID, Employee> candidates = new java.util.LinkedHashMap<>();
		employees.findByStatusAndPositionIdInOrderByEmployeeNo(EmployeeStatus.ACTIVE, positions).forEach(e -> candidates.put(e.id().value(), e));
		employees.findByStatusAndNextChangeOnNotNull(EmployeeStatus.ACTIVE).forEach(e -> candidates.putIfAbsent(e.id().value(), e));
		return views.of(candidates.values()).stream().filter(e -> wanted.contains(e.roleType()))
			.sorted(java.util.Comparator.comparing(EmployeeView::employeeNo)).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Assignment> history(EmployeeId id) {
		return ledger.of(load(id)).stream().map(EmployeeAssignment::value).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Assignment> assignmentOn(EmployeeId id, LocalDate date) {
		return ledger.timeline(load(id)).on(date);
	}

	@Override
	public List<PositionView> positions() {
		return organisation.positions();
	}

	@Override
	public PositionView position(PositionId id) {
		return organisation.position(id);
	}

	@Override
	public List<OrgUnitView> orgUnits() {
		return organisation.orgUnits();
	}

	@Override
	public OrgUnitView orgUnit(OrgUnitId id) {
		return organisation.orgUnit(id);
	}

	@Override
	@Transactional(readOnly = true)
	public List<EmployeeView> getAll(Collection<EmployeeId> ids) {
		return views.of(ids.isEmpty() ? List.of() : employees.findByIds(ids.stream().map(EmployeeId::value).collect(Collectors.toSet())));
	}

	@Override
	@Transactional(readOnly = true)
	public List<EmployeeView> directReports(EmployeeId manager) {
		return views.of(employees.findByManagerIdAndStatusOrderByEmployeeNo(manager.value(), EmployeeStatus.ACTIVE));
	}

	/** Applies due assignments first (outside any transaction: it needs the tenant's all-regions scope), then reads. */
	@Override
	public EmployeePage search(EmployeeQuery query) {
		due.applyInTenant();
		return readOnly.execute(status -> {
			EmployeeQueries.Found found = queries.search(query);
			Map<UUID, Employee> byId = (found.ids().isEmpty() ? List.<Employee>of() : employees.findByIds(found.ids())).stream()
				.collect(Collectors.toMap(e -> e.id().value(), Function.identity()));
			List<Employee> ordered = found.ids().stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
			return new EmployeePage(views.of(ordered), found.total(), query.page(), query.size());
		});
	}

	@Override
	@Transactional(readOnly = true)
	public List<AssignmentEntry> historyEntries(EmployeeId id) {
		List<EmployeeAssignment> history = ledger.of(load(id));
		Map<RegionId, String> regions = directory.regions().stream().collect(Collectors.toMap(RegionInfo::id, RegionInfo::code));
		Map<OrgUnitId, OrgUnitView> units = organisation.orgUnits().stream()
			.collect(Collectors.toMap(OrgUnitView::id, Function.identity()));
		Map<PositionId, PositionView> positions = organisation.positions().stream()
			.collect(Collectors.toMap(PositionView::id, Function.identity()));
		Map<EmployeeId, String> managers = new HashMap<>();
		return history.stream().map(a -> {
			Assignment value = a.value();
			String manager = value.manager() == null ? null : managers.computeIfAbsent(value.manager(),
					m -> employees.findById(m.value()).map(Employee::name).orElse(null));
			return new AssignmentEntry(value, regions.get(value.region()), value.orgUnit() == null ? null : units.get(value.orgUnit()),
					positions.get(value.position()), manager, a.recordedAt(), a.recordedBy());
		}).toList();
	}

	@Override
	public List<TagView> tags() {
		return tags.list();
	}

	private Employee load(EmployeeId id) {
		return employees.findById(id.value()).orElseThrow(() -> new NotFoundException("employee", id));
	}
}
