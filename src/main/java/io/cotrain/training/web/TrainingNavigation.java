package io.cotrain.training.web;

import java.util.Set;

import io.cotrain.portal.NavGroup;
import io.cotrain.portal.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The training menu (培训) of the main navigation. */
@Configuration(proxyBeanMethods = false)
class TrainingNavigation {

	static final NavGroup TRAINING = new NavGroup("nav.group.training", 300);

	@Bean
	NavItem programmesNavItem() {
		return new NavItem("nav.programmes", "nav.programmes.description", "/programmes", Set.of("HR_ADMIN", "REGION_ADMIN", "AUDITOR"), 310)
			.in(TRAINING);
	}

	/** A mentor's training sessions: the occurrences their mentees are invited to, where they record attendance. */
	@Bean
	NavItem mentoringSessionsNavItem() {
		return new NavItem("nav.mentoringSessions", "nav.mentoringSessions.description", "/mentoring/sessions", Set.of("MENTOR"), 320)
			.in(TRAINING);
	}
}
