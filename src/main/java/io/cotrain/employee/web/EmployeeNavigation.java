package io.cotrain.employee.web;

import java.util.Set;

import io.cotrain.portal.NavGroup;
import io.cotrain.portal.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The employee module's pages in the main navigation. */
@Configuration(proxyBeanMethods = false)
class EmployeeNavigation {

	private static final Set<String> READERS = Set.of("HR_ADMIN", "REGION_ADMIN", "AUDITOR");

	@Bean
	NavItem employeesNav() {
		return new NavItem("nav.employees", "nav.employees.description", "/employees", READERS, 100).in(NavGroup.ORGANISATION);
	}

	@Bean
	NavItem orgUnitsNav() {
		return new NavItem("nav.orgUnits", "nav.orgUnits.description", "/org-units", READERS, 110).in(NavGroup.ORGANISATION);
	}

	@Bean
	NavItem positionsNav() {
		return new NavItem("nav.positions", "nav.positions.description", "/positions", READERS, 120).in(NavGroup.ORGANISATION);
	}

	@Bean
	NavItem tagsNav() {
		return new NavItem("nav.tags", "nav.tags.description", "/tags", READERS, 130).in(NavGroup.ORGANISATION);
	}

	@Bean
	NavItem myArchiveNav() {
		return new NavItem("nav.myArchive", "nav.myArchive.description", "/employees/me", Set.of("EMPLOYEE", "MENTOR"), 140);
	}
}
