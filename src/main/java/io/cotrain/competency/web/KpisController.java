package io.cotrain.competency.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cotrain.competency.CompetencyModel;
import io.cotrain.competency.CompetencyModel.Competency;
import io.cotrain.competency.NeedAnalysis.Direction;
import io.cotrain.competency.Performance;
import io.cotrain.competency.Performance.Kpi;
import io.cotrain.competency.Performance.KpiForm;
import io.cotrain.portal.FormErrors;
import io.cotrain.shared.RuleViolationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** KPI definitions: unit, direction, target and the competencies each KPI reflects. */
@Controller
@RequestMapping("/kpis")
class KpisController {

	private static final Set<String> FIELDS = Set.of("code", "nameZh", "nameEn", "unit", "direction", "target", "competencyIds");
	private final Performance performance;
	private final CompetencyModel competencies;

	KpisController(Performance performance, CompetencyModel competencies) {
		this.performance = performance;
		this.competencies = competencies;
	}

	/** @param target in the KPI's unit (8 for 8 %); the column holds 12 digits before the point and 6 after it */
	record Form(@Size(max = 32) String code, @NotBlank @Size(max = 200) String nameZh, @Size(max = 200) String nameEn,
			@NotBlank @Size(max = 16) String unit, @NotNull Direction direction, @NotNull @Digits(integer = 12, fraction = 6) BigDecimal target,
			List<UUID> competencyIds) {

		Form {
			competencyIds = competencyIds == null ? List.of() : competencyIds;
		}

		static Form of(Kpi k) {
			return new Form(k.code(), k.nameZh(), k.nameEn(), k.unit(), k.direction(), k.target(), k.competencyIds());
		}

		KpiForm toKpiForm() {
			return new KpiForm(code, nameZh, nameEn, unit, direction, target, competencyIds);
		}
	}

	@ModelAttribute("directions")
	Direction[] directions() {
		return Direction.values();
	}

	@GetMapping
	@PreAuthorize(Access.READ)
	String list(Model model) {
		model.addAttribute("kpis", performance.kpis());
		model.addAttribute("competencies", competencies.competencies().stream()
			.collect(Collectors.toMap(Competency::id, Function.identity())));
		return "competency/kpis";
	}

	@GetMapping("/new")
	@PreAuthorize(Access.WRITE)
	String initCreate(Model model) {
		model.addAttribute("form", new Form(null, null, null, null, Direction.HIGHER_IS_BETTER, null, null));
		return form(model, null);
	}

	@PostMapping("/new")
	@PreAuthorize(Access.WRITE)
	String processCreate(@Valid @ModelAttribute("form") Form form, BindingResult result, Model model, RedirectAttributes flash) {
		if (result.hasErrors()) {
			return form(model, null);
		}
		try {
			performance.create(form.toKpiForm());
		}
		catch (RuleViolationException e) {
			FormErrors.apply(e, result, FIELDS);
			return form(model, null);
		}
		flash.addFlashAttribute("saved", true);
		return "redirect:/kpis";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(Access.WRITE)
	String initUpdate(@PathVariable UUID id, Model model) {
		model.addAttribute("form", Form.of(performance.kpi(id)));
		return form(model, id);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize(Access.WRITE)
	String processUpdate(@PathVariable UUID id, @Valid @ModelAttribute("form") Form form, BindingResult result, Model model,
			RedirectAttributes flash) {
		Kpi before = performance.kpi(id);
		if (result.hasErrors()) {
			return form(model, id);
		}
		try {
			performance.update(before.id(), form.toKpiForm());
		}
		catch (RuleViolationException e) {
			FormErrors.apply(e, result, FIELDS);
			return form(model, id);
		}
		flash.addFlashAttribute("saved", true);
		return "redirect:/kpis";
	}

	private String form(Model model, UUID id) {
		model.addAttribute("kpiId", id);
		model.addAttribute("choices", competencies.competencies());
		return "competency/kpi-form";
	}
}
