package io.cotrain.competency.web;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.cotrain.competency.Scenarios;
import io.cotrain.portal.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Work scenarios and the need analysis of each, with its evidence. */
@Controller
class ScenariosController {

	private static final String READ = "hasAnyRole('HR_ADMIN','REGION_ADMIN','AUDITOR')";

	private final Scenarios scenarios;

	ScenariosController(Scenarios scenarios) {
		this.scenarios = scenarios;
	}

	@GetMapping("/scenarios")
	@PreAuthorize(READ)
	String list(Model model) {
		model.addAttribute("scenarios", scenarios.list());
		return "competency/scenarios";
	}

	@GetMapping("/scenarios/{id}/need-analysis")
	@PreAuthorize(READ)
	String needAnalysis(@PathVariable UUID id, Locale locale, Model model) {
		model.addAttribute("report", scenarios.needAnalysis(id, locale));
		model.addAttribute("roles", Scenarios.ROLES);
		return "competency/need-analysis";
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavItem scenariosNav() {
			return new NavItem("nav.scenarios", "nav.scenarios.description", "/scenarios", Set.of("HR_ADMIN", "REGION_ADMIN", "AUDITOR"),
					200);
		}
	}
}
