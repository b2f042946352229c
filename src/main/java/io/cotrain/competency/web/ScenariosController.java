package io.cotrain.competency.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cotrain.competency.Scenarios;
import io.cotrain.employee.RoleType;
import io.cotrain.portal.NavItem;
import tools.jackson.databind.json.JsonMapper;

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
	private final JsonMapper json;

	ScenariosController(Scenarios scenarios, JsonMapper json) {
		this.scenarios = scenarios;
		this.json = json;
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
		Scenarios.NeedReport report = scenarios.needAnalysis(id, locale);
		Map<RoleType, String> charts = new EnumMap<>(RoleType.class);
		report.roles().forEach((role, needs) -> charts.put(role, gapsChart(needs.gaps())));
		model.addAttribute("report", report);
		model.addAttribute("roles", Scenarios.ROLES);
		model.addAttribute("charts", charts);
		return "competency/need-analysis";
	}

	/** The ranked gaps as chart data (static/js/charts.js, kind {@code gaps}); shares as fractions. */
	private String gapsChart(List<Scenarios.RankedGap> gaps) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("categories", gaps.stream().map(Scenarios.RankedGap::name).toList());
		chart.put("meanGap", gaps.stream().map(Scenarios.RankedGap::meanGap).toList());
		chart.put("shareBelow", gaps.stream().map(Scenarios.RankedGap::shareBelow).toList());
		chart.put("kpiShareBelowTarget", gaps.stream().map(Scenarios.RankedGap::kpiShareBelowTarget).toList());
		return json.writeValueAsString(chart);
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
