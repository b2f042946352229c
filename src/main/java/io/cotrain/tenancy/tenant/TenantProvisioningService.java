package io.cotrain.tenancy.tenant;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.cotrain.portal.UiLocales;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.shared.RuleViolationException.Violation;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantInfo;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates tenants. The new tenant's rows are written in the new tenant's own scope, in one transaction,
 * so a failure leaves nothing behind.
 */
@Service
class TenantProvisioningService implements TenantProvisioning {

	private final TenantRepository tenants;
	private final TenantDirectory directory;
	private final Accounts accounts;
	private final AuditLog audit;
	private final TransactionTemplate tx;
	private final Clock clock;

	TenantProvisioningService(TenantRepository tenants, TenantDirectory directory, Accounts accounts, AuditLog audit,
			PlatformTransactionManager transactions, Clock clock) {
		this.tenants = tenants;
		this.directory = directory;
		this.accounts = accounts;
		this.audit = audit;
		this.tx = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public Provisioned provision(NewTenant cmd) {
		String code = cmd.code() == null ? "" : cmd.code().trim().toLowerCase(Locale.ROOT);
		List<Violation> violations = new ArrayList<>();
		if (!RegionRules.CODE.matcher(code).matches() || Tenant.PLATFORM_CODE.equals(code)) {
			violations.add(new Violation("code", "validation.code.format"));
		}
		else if (tenants.findByCode(code).isPresent()) {
			violations.add(new Violation("code", "validation.code.duplicate"));
		}
		if (cmd.name() == null || cmd.name().isBlank() || cmd.name().length() > 200) {
			violations.add(new Violation("name", "validation.required"));
		}
		if (cmd.regions() == null || cmd.regions().isEmpty()) {
			violations.add(new Violation("regions", "validation.tenant.regions"));
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		Tenant tenant = new Tenant(code, cmd.name().trim(),
				cmd.nameEn() == null || cmd.nameEn().isBlank() ? null : cmd.nameEn().trim(), Tenant.Kind.CUSTOMER, clock.instant());
		return TenantScope.call(TenantScope.allRegions(tenant.id()), () -> tx.execute(status -> {
			tenants.save(tenant);
			List<RegionInfo> regions = cmd.regions().stream().map(directory::createRegion).toList();
			Accounts.Created admin = accounts.create(new Accounts.NewAccount(cmd.adminName(),
					cmd.adminDisplayName() == null || cmd.adminDisplayName().isBlank() ? cmd.adminName() : cmd.adminDisplayName(),
					Set.of(Role.HR_ADMIN), Set.of(),
					UiLocales.parse(regions.get(0).locale().toLanguageTag()).orElse(UiLocales.DEFAULT), cmd.adminPassword(), null));
			audit.record("TENANT_PROVISIONED", "tenant", tenant.id(), Map.of("code", code, "admin", admin.account().username()));
			return new Provisioned(tenant.info(), admin.account().username(), admin.initialPassword());
		}));
	}

	@Override
	public Optional<TenantInfo> findByCode(String code) {
		return tenants.findByCode(code == null ? "" : code.toLowerCase(Locale.ROOT)).map(Tenant::info);
	}

	@Override
	public List<TenantInfo> all() {
		return tenants.findByKindOrderByCode(Tenant.Kind.CUSTOMER).stream().map(Tenant::info).toList();
	}

	/** The platform pseudo-tenant and an operator account in it; nothing happens when the account exists. */
	@Override
	public boolean ensureOperator(String name, String password) {
		Tenant platform = tenants.findByCode(Tenant.PLATFORM_CODE).orElseGet(
				() -> new Tenant(Tenant.PLATFORM_CODE, "CoTrain 平台", "CoTrain Platform", Tenant.Kind.PLATFORM,
						clock.instant()));
		return TenantScope.call(TenantScope.allRegions(platform.id()), () -> tx.execute(status -> {
			tenants.save(platform);
			boolean exists = accounts.list().stream().anyMatch(a -> a.username().equals(name + "@" + Tenant.PLATFORM_CODE));
			if (!exists) {
				accounts.create(new Accounts.NewAccount(name, "Platform operator", Set.of(Role.PLATFORM_OPERATOR), Set.of(),
						Locale.SIMPLIFIED_CHINESE, password, null));
			}
			return !exists;
		}));
	}
}
