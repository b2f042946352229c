package io.cotrain.tenancy.web;

import java.util.Set;

import io.cotrain.portal.NavGroup;
import io.cotrain.portal.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tenancy module's pages in the main navigation. */
@Configuration(proxyBeanMethods = false)
class TenancyNavigation {

	@Bean
	NavItem regionsNav() {
		return new NavItem("nav.regions", "nav.regions.description", "/regions", Set.of("HR_ADMIN", "REGION_ADMIN", "AUDITOR"), 800).in(NavGroup.SYSTEM);
	}

	@Bean
	NavItem accountsNav() {
		return new NavItem("nav.accounts", "nav.accounts.description", "/accounts", Set.of("HR_ADMIN"), 810).in(NavGroup.SYSTEM);
	}

	@Bean
	NavItem auditNav() {
		return new NavItem("nav.audit", "nav.audit.description", "/audit", Set.of("HR_ADMIN", "AUDITOR"), 820).in(NavGroup.SYSTEM);
	}

	@Bean
	NavItem settingsNav() {
		return new NavItem("nav.settings", "nav.settings.description", "/settings", Set.of("HR_ADMIN", "REGION_ADMIN"), 830).in(NavGroup.SYSTEM);
	}

	/** In the user's menu on the right, for every signed-in user (platform operators change their password there too). */
	@Bean
	NavItem profileNav() {
		return new NavItem("nav.me", "nav.me.description", "/me", Set.of(), 990).in(NavGroup.ACCOUNT);
	}

	@Bean
	NavItem tenantsNav() {
		return new NavItem("nav.tenants", "nav.tenants.description", "/platform/tenants", Set.of("PLATFORM_OPERATOR"), 900);
	}
}
