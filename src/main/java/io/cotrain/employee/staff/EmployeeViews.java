package io.cotrain.employee.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cotrain.employee.Assignment;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.PositionId;
import io.cotrain.employee.PositionView;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;

import org.springframework.stereotype.Component;

/**
 * Builds {@link EmployeeView}s with the assignment in force today in each employee's region: when a recorded
 * future change has started but the hourly sweep has not copied it to the row yet, it is read from the history.
 */
@Component
class EmployeeViews {

	private final AssignmentLedger ledger;
	private final Organisation organisation;
	private final EmployeeQueries queries;
	private final TenantDirectory directory;
	private final Clock clock;

	EmployeeViews(AssignmentLedger ledger, Organisation organisation, EmployeeQueries queries, TenantDirectory directory,
			Clock clock) {
		this.ledger = ledger;
		this.organisation = organisation;
		this.queries = queries;
		this.directory = directory;
		this.clock = clock;
	}

	EmployeeView of(Employee employee) {
		return of(List.of(employee)).get(0);
	}

	/** In the order given. */
	List<EmployeeView> of(Collection<Employee> employees) {
		if (employees.isEmpty()) {
			return List.of();
		}
		Map<PositionId, PositionView> positions = organisation.positions().stream()
			.collect(Collectors.toMap(PositionView::id, Function.identity()));
		Map<RegionId, RegionInfo> regions = directory.regions().stream().collect(Collectors.toMap(RegionInfo::id, Function.identity()));
		var tags = queries.tagsOf(employees.stream().map(e -> e.id().value()).toList());
		return employees.stream().map(e -> {
			Assignment current = current(e, regions.get(e.region()));
			return e.view(current, positions.get(current.position()).roleType(), tags.getOrDefault(e.id().value(), List.of()));
		}).toList();
	}

	/** The day in the employee's region (UTC when the region is not visible, which the row's visibility rules out). */
	LocalDate today(RegionInfo region) {
		return region == null ? LocalDate.now(clock) : region.today(clock);
	}

	LocalDate today(Employee employee) {
		return today(directory.regions().stream().filter(r -> r.id().equals(employee.region())).findFirst().orElse(null));
	}

	private Assignment current(Employee employee, RegionInfo region) {
		LocalDate today = today(region);
		return employee.hasDueChange(today) ? ledger.timeline(employee).current(today) : employee.current();
	}
}
