package io.cotrain.attendance.terminal;

import java.util.Set;

import io.cotrain.portal.NavGroup;
import io.cotrain.portal.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The face terminals and their punches in the system menu. */
@Configuration(proxyBeanMethods = false)
class DeviceNavigation {

	@Bean
	NavItem devicesNavItem() {
		return new NavItem("nav.devices", "nav.devices.description", "/devices", Set.of("HR_ADMIN", "REGION_ADMIN", "AUDITOR"), 950)
			.in(NavGroup.SYSTEM);
	}

	@Bean
	NavItem punchesNavItem() {
		return new NavItem("nav.punches", "nav.punches.description", "/devices/punches", Set.of("HR_ADMIN", "REGION_ADMIN", "AUDITOR"), 951)
			.in(NavGroup.SYSTEM);
	}
}
