package io.cotrain.attendance.qr;

import java.util.Set;

import io.cotrain.portal.NavGroup;
import io.cotrain.portal.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The session screens (QR check-in) in the training menu, for those who put them on a projector. */
@Configuration(proxyBeanMethods = false)
class QrNavigation {

	@Bean
	NavItem sessionScreensNavItem() {
		return new NavItem("nav.sessionScreens", "nav.sessionScreens.description", "/sessions/screens",
				Set.of("HR_ADMIN", "REGION_ADMIN", "MENTOR"), 340).in(new NavGroup("nav.group.training", 300));
	}
}
