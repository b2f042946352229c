package io.cotrain.employee.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantId;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Copies future-dated assignments to the employee row once their day has come in the employee's region: every
 * hour for all tenants, and before each employee search for the caller's tenant (so list filters are exact).
 * It always works in the tenant's all-regions scope: a due move out of a region admin's regions is HR's recorded
 * decision, and the region admin's scope would refuse writing it.
 */
@Component
class DueAssignments {

	private static final Logger log = LoggerFactory.getLogger(DueAssignments.class);

	private final EmployeeRepository employees;
	private final AssignmentLedger ledger;
	private final EmployeeQueries queries;
	private final TenantDirectory directory;
	private final TenantProvisioning tenants;
	private final TransactionTemplate transaction;
	private final Clock clock;

	DueAssignments(EmployeeRepository employees, AssignmentLedger ledger, EmployeeQueries queries, TenantDirectory directory,
			TenantProvisioning tenants, PlatformTransactionManager transactions, Clock clock) {
		this.clock = clock;
		this.employees = employees;
		this.ledger = ledger;
		this.queries = queries;
		this.directory = directory;
		this.tenants = tenants;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * In the current scope's tenant. Inside a transaction (another module reading through the directory) it does
	 * nothing: views read due changes from the history anyway.
	 */
	int applyInTenant() {
		if (TenantScope.current().isEmpty() || TransactionSynchronizationManager.isActualTransactionActive()) {
			return 0;
		}
		return apply(TenantScope.require().tenant().value());
	}

	@Scheduled(cron = "${cotrain.employee.assignment-sweep:0 5 * * * *}")
	void sweep() {
		tenants.forEachTenant("Applying due assignments", tenant -> {
			int changed = apply(tenant.id().value());
			if (changed > 0) {
				log.info("Applied due assignments of {} employees of tenant {}", changed, tenant.code());
			}
			return changed;
		});
	}

	private int apply(UUID tenant) {
		TenantScope all = TenantScope.allRegions(new TenantId(tenant));
		try {
			return TenantScope.call(all, () -> transaction.execute(status -> applyInScope()));
		}
		catch (OptimisticLockingFailureException e) {
			return 0; // another request or node applied them at the same moment
		}
	}

	private int applyInScope() {
		int changed = 0;
		for (RegionInfo region : directory.regions()) {
			LocalDate today = region.today(clock);
			for (UUID id : queries.dueIn(region.id(), today)) {
				Employee employee = employees.findById(id).orElseThrow();
				ledger.refresh(employee, today);
				changed++;
			}
		}
		return changed;
	}
}
