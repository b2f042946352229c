package io.cotrain.notification.delivery;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeeView;
import io.cotrain.notification.channel.Addressee;
import io.cotrain.shared.NotFoundException;
import io.cotrain.tenancy.AccountId;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.Accounts.AccountView;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;

import org.springframework.stereotype.Component;

/**
 * Resolves a notice's recipient when it is delivered (so a changed phone or locale counts): the account's locale
 * (else the region's), the employee's phone and e-mail, and the region — the employee's, else the account's first —
 * whose zone times quiet hours.
 */
@Component
class Recipients {

	private final Accounts accounts;
	private final EmployeeDirectory employees;
	private final TenantDirectory directory;
	private final Clock clock;

	Recipients(Accounts accounts, EmployeeDirectory employees, TenantDirectory directory, Clock clock) {
		this.accounts = accounts;
		this.employees = employees;
		this.directory = directory;
		this.clock = clock;
	}

	/** Empty when the account or employee no longer exists in the tenant. */
	Optional<Addressee> resolve(UUID accountId, UUID employeeId) {
		AccountView account = accountId == null ? null : find(() -> accounts.get(new AccountId(accountId)));
		if (accountId != null && account == null) {
			return Optional.empty();
		}
		UUID employeeOf = employeeId != null ? employeeId : account != null ? account.employeeId() : null;
		EmployeeView employee = employeeOf == null ? null : find(() -> employees.get(new EmployeeId(employeeOf)));
		if (employeeId != null && employee == null) {
			return Optional.empty();
		}
		if (account == null) {
			account = accounts.byEmployee(employeeId).orElse(null);
		}
		RegionId regionId = employee != null ? employee.region()
				: account.regions().stream().min(Comparator.comparing(RegionId::toString)).orElse(null);
		RegionInfo region = regionId != null ? find(() -> directory.region(regionId))
				: directory.regions().stream().findFirst().orElse(null);
		Locale locale = account != null ? account.locale() : region != null ? region.locale() : Locale.SIMPLIFIED_CHINESE;
		ZoneId zone = region != null ? region.timeZone() : clock.getZone();
		return Optional.of(new Addressee(account == null ? null : account.id().value(), employee == null ? null : employee.id().value(),
				employee == null ? null : employee.phone(), employee == null ? null : employee.email(), locale,
				region == null ? null : region.id(), zone));
	}

	private static <T> T find(Supplier<T> lookup) {
		try {
			return lookup.get();
		}
		catch (NotFoundException e) {
			return null;
		}
	}
}
