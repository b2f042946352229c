package io.cotrain.attendance.session.web;

import java.util.Set;

import io.cotrain.portal.NavGroup;
import io.cotrain.portal.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Check-in in the navigation: sessions and corrections in the training menu (staff and mentors), the learner's own page. */
@Configuration(proxyBeanMethods = false)
class CheckInNavigation {

	/** The training menu of module training (one menu per message key). */
	private static final NavGroup TRAINING = new NavGroup("nav.group.training", 300);

	@Bean
	NavItem sessionsNavItem() {
		return new NavItem("nav.sessions", "nav.sessions.description", "/sessions", Set.of("HR_ADMIN", "REGION_ADMIN", "AUDITOR", "MENTOR"),
				325).in(TRAINING);
	}

	@Bean
	NavItem correctionsNavItem() {
		return new NavItem("nav.corrections", "nav.corrections.description", "/corrections", Set.of("HR_ADMIN", "REGION_ADMIN", "MENTOR"), 326)
			.in(TRAINING);
	}

	@Bean
	NavItem myCheckInsNavItem() {
		return new NavItem("nav.myCheckIns", "nav.myCheckIns.description", "/my/check-ins", Set.of("EMPLOYEE"), 325);
	}
}
