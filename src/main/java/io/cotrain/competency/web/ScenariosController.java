package io.cotrain.competency.web;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cotrain.competency.Performance;
import io.cotrain.competency.Scenarios;
import io.cotrain.competency.Scenarios.Scenario;
import io.cotrain.competency.Scenarios.ScenarioForm;
import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.PositionId;
import io.cotrain.employee.PositionView;
import io.cotrain.employee.RoleType;
import io.cotrain.portal.FormErrors;
import io.cotrain.shared.RuleViolationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Work scenarios (the positions and KPIs that meet in one piece of work) and the need analysis of each, with its evidence. */
@Controller
class ScenariosController {

	private static final Set<String> FIELDS = Set.of("code", "nameZh", "nameEn", "description", "positionIds", "kpiIds");
	private final Scenarios scenarios;
	private final EmployeeDirectory directory;
	private final Performance performance;
	private final JsonMapper json;

	ScenariosController(Scenarios scenarios, EmployeeDirectory directory, Performance performance, JsonMapper json) {
		this.scenarios = scenarios;
		this.directory = directory;
		this.performance = performance;
		this.json = json;
	}

	record Form(@Size(max = 32) String code, @NotBlank @Size(max = 200) String nameZh, @Size(max = 200) String nameEn,
			@Size(max = 2000) String description, List<UUID> positionIds, List<UUID> kpiIds) {

		Form {
			positionIds = positionIds == null ? List.of() : positionIds;
			kpiIds = kpiIds == null ? List.of() : kpiIds;
		}

		static Form of(Scenario s) {
			return new Form(s.code(), s.nameZh(), s.nameEn(), s.description(), s.positionIds().stream().map(PositionId::value).toList(),
					s.kpiIds());
		}

		ScenarioForm toScenarioForm() {
			return new ScenarioForm(code, nameZh, nameEn, description, positionIds.stream().map(PositionId::new).toList(), kpiIds);
		}
	}

	@GetMapping("/scenarios")
	@PreAuthorize(Access.READ)
	String list(Model model) {
		model.addAttribute("scenarios", scenarios.list());
		return "competency/scenarios";
	}

	@GetMapping("/scenarios/{id}/need-analysis")
	@PreAuthorize(Access.READ)
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

	@GetMapping("/scenarios/new")
	@PreAuthorize(Access.WRITE)
	String initCreate(Model model) {
		model.addAttribute("form", new Form(null, null, null, null, null, null));
		return form(model, null);
	}

	@PostMapping("/scenarios/new")
	@PreAuthorize(Access.WRITE)
	String processCreate(@Valid @ModelAttribute("form") Form form, BindingResult result, Model model, RedirectAttributes flash) {
		if (result.hasErrors()) {
			return form(model, null);
		}
		try {
			scenarios.create(form.toScenarioForm());
		}
		catch (RuleViolationException e) {
			FormErrors.apply(e, result, FIELDS);
			return form(model, null);
		}
		flash.addFlashAttribute("saved", true);
		return "redirect:/scenarios";
	}

	@GetMapping("/scenarios/{id}/edit")
	@PreAuthorize(Access.WRITE)
	String initUpdate(@PathVariable UUID id, Model model) {
		model.addAttribute("form", Form.of(scenarios.get(id)));
		return form(model, id);
	}

	@PostMapping("/scenarios/{id}/edit")
	@PreAuthorize(Access.WRITE)
	String processUpdate(@PathVariable UUID id, @Valid @ModelAttribute("form") Form form, BindingResult result, Model model,
			RedirectAttributes flash) {
		Scenario before = scenarios.get(id);
		if (result.hasErrors()) {
			return form(model, id);
		}
		try {
			scenarios.update(before.id(), form.toScenarioForm());
		}
		catch (RuleViolationException e) {
			FormErrors.apply(e, result, FIELDS);
			return form(model, id);
		}
		flash.addFlashAttribute("saved", true);
		return "redirect:/scenarios";
	}

	/** The choices: positions with the learner roles (clerk, cadre) first, and the KPIs. */
	private String form(Model model, UUID id) {
		model.addAttribute("scenarioId", id);
		model.addAttribute("positions", directory.positions().stream()
			.sorted(Comparator.comparing(PositionView::roleType).thenComparingInt(PositionView::grade).thenComparing(PositionView::code))
			.toList());
		model.addAttribute("kpis", performance.kpis());
		return "competency/scenario-form";
	}
}
