package io.cotrain.tenancy.web;

import java.util.ArrayList;
import java.util.List;

import io.cotrain.portal.DashboardTile;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.CurrentUser;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.account.ApiTokens;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Landing-page figures of the tenancy module, read live from the tenant's data. */
@Component
class TenancyFigures implements DashboardTile {

	private final Accounts accounts;
	private final TenantDirectory directory;
	private final ApiTokens tokens;
	private final AuditLog audit;
	private final TenantProvisioning provisioning;

	TenancyFigures(Accounts accounts, TenantDirectory directory, ApiTokens tokens, AuditLog audit,
			TenantProvisioning provisioning) {
		this.accounts = accounts;
		this.directory = directory;
		this.tokens = tokens;
		this.audit = audit;
		this.provisioning = provisioning;
	}

	@Override
	public List<Figure> figures(Authentication auth) {
		CurrentUser user = accounts.current().orElse(null);
		if (user == null) {
			return List.of();
		}
		if (user.has(Role.PLATFORM_OPERATOR)) {
			return List.of(new Figure("figure.tenants", provisioning.all().size(), "/platform/tenants", 10));
		}
		List<Figure> figures = new ArrayList<>();
		figures.add(new Figure("figure.regions", MyRegions.of(user, directory).size(),
				user.has(Role.HR_ADMIN) || user.has(Role.REGION_ADMIN) ? "/regions" : null, 900));
		if (user.has(Role.HR_ADMIN)) {
			List<Accounts.AccountView> all = accounts.list();
			figures.add(new Figure("figure.accounts", all.size(), "/accounts", 910));
			figures.add(new Figure("figure.lockedAccounts", all.stream().filter(Accounts.AccountView::locked).count(), "/accounts", 920));
			figures.add(new Figure("figure.apiTokens", tokens.activeCount(), null, 930));
		}
		if (user.has(Role.HR_ADMIN) || user.has(Role.AUDITOR)) {
			figures.add(new Figure("figure.auditEvents", audit.search(null, null, null, 0, 1).total(), "/audit", 940));
		}
		return figures;
	}
}
