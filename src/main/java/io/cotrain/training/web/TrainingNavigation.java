package io.cotrain.training.web;

import java.util.Set;

import io.cotrain.portal.NavGroup;
import io.cotrain.portal.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The training menu (培训) of the main navigation, and the learners' and mentors' own pages at the top level. */
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

	@Bean
	NavItem materialsNavItem() {
		return new NavItem("nav.materials", "nav.materials.description", "/materials", Set.of("HR_ADMIN", "REGION_ADMIN", "AUDITOR"), 330)
			.in(TRAINING);
	}

	@Bean
	NavItem myTrainingNavItem() {
		return new NavItem("nav.myTraining", "nav.myTraining.description", "/my/training", Set.of("EMPLOYEE"), 320);
	}

	@Bean
	NavItem myMenteesNavItem() {
		return new NavItem("nav.myMentees", "nav.myMentees.description", "/my/mentees", Set.of("MENTOR"), 330);
	}
}
