package io.cotrain.tenancy.web;

import java.util.Set;

import io.cotrain.portal.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tenancy module's pages in the main navigation. */
@Configuration(proxyBeanMethods = false)
class TenancyNavigation {

	@Bean
	NavItem regionsNav() {
		return new NavItem("nav.regions", "nav.regions.description", "/regions", Set.of("HR_ADMIN", "REGION_ADMIN", "AUDITOR"), 800);
	}

	@Bean
	NavItem accountsNav() {
		return new NavItem("nav.accounts", "nav.accounts.description", "/accounts", Set.of("HR_ADMIN"), 810);
	}

	@Bean
	NavItem auditNav() {
		return new NavItem("nav.audit", "nav.audit.description", "/audit", Set.of("HR_ADMIN", "AUDITOR"), 820);
	}

	@Bean
	NavItem settingsNav() {
		return new NavItem("nav.settings", "nav.settings.description", "/settings", Set.of("HR_ADMIN", "REGION_ADMIN"), 830);
	}

	@Bean
	NavItem profileNav() {
		return new NavItem("nav.me", "nav.me.description", "/me", Set.of("HR_ADMIN", "REGION_ADMIN", "MENTOR", "EMPLOYEE", "AUDITOR"),
				990);
	}

	@Bean
	NavItem tenantsNav() {
		return new NavItem("nav.tenants", "nav.tenants.description", "/platform/tenants", Set.of("PLATFORM_OPERATOR"), 900);
	}
}
