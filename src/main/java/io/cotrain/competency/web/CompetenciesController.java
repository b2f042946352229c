package io.cotrain.competency.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.cotrain.competency.CompetencyModel;
import io.cotrain.competency.CompetencyModel.Category;
import io.cotrain.competency.CompetencyModel.Competency;
import io.cotrain.competency.CompetencyModel.CompetencyForm;
import io.cotrain.portal.FormErrors;
import io.cotrain.shared.RuleViolationException;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The competency model: competencies with their category and five level descriptors in both languages. */
@Controller
@RequestMapping("/competencies")
class CompetenciesController {

	static final int LEVELS = 5;
	private static final Set<String> FIELDS = Set.of("code", "nameZh", "nameEn", "category", "levelsZh", "levelsEn");
	private final CompetencyModel model;

	CompetenciesController(CompetencyModel model) {
		this.model = model;
	}

	/** The descriptors always have five places (level 1 first), so the form shows five inputs per language. */
	record Form(@Size(max = 32) String code, @NotBlank @Size(max = 200) String nameZh, @Size(max = 200) String nameEn,
			@NotNull Category category, List<@Size(max = 500) String> levelsZh, List<@Size(max = 500) String> levelsEn) {

		Form {
			levelsZh = five(levelsZh);
			levelsEn = five(levelsEn);
		}

		static Form of(Competency c) {
			return new Form(c.code(), c.nameZh(), c.nameEn(), c.category(), c.levelsZh(), c.levelsEn());
		}

		CompetencyForm toCompetencyForm() {
			return new CompetencyForm(code, nameZh, nameEn, category, levelsZh, levelsEn);
		}

		private static List<String> five(List<String> values) {
			List<String> result = new ArrayList<>(values == null ? List.of() : values);
			while (result.size() < LEVELS) {
				result.add(null);
			}
			return result;
		}
	}

	@ModelAttribute("categories")
	Category[] categories() {
		return Category.values();
	}

	/** The list, filtered by category; htmx requests get only the table. */
	@GetMapping
	@PreAuthorize(Access.READ)
	String list(@RequestParam(required = false) Category category,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("category", category);
		model.addAttribute("competencies",
				this.model.competencies().stream().filter(c -> category == null || c.category() == category).toList());
		return htmx != null ? "competency/competencies :: table" : "competency/competencies";
	}

	@GetMapping("/new")
	@PreAuthorize(Access.WRITE)
	String initCreate(Model model) {
		model.addAttribute("form", new Form(null, null, null, Category.EXECUTION, null, null));
		return "competency/competency-form";
	}

	@PostMapping("/new")
	@PreAuthorize(Access.WRITE)
	String processCreate(@Valid @ModelAttribute("form") Form form, BindingResult result, RedirectAttributes flash) {
		if (result.hasErrors()) {
			return "competency/competency-form";
		}
		try {
			model.create(form.toCompetencyForm());
		}
		catch (RuleViolationException e) {
			FormErrors.apply(e, result, FIELDS);
			return "competency/competency-form";
		}
		flash.addFlashAttribute("saved", true);
		return "redirect:/competencies";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(Access.WRITE)
	String initUpdate(@PathVariable UUID id, Model model) {
		model.addAttribute("form", Form.of(this.model.competency(id)));
		model.addAttribute("competencyId", id);
		return "competency/competency-form";
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize(Access.WRITE)
	String processUpdate(@PathVariable UUID id, @Valid @ModelAttribute("form") Form form, BindingResult result, Model model,
			RedirectAttributes flash) {
		Competency before = this.model.competency(id);
		model.addAttribute("competencyId", id);
		if (result.hasErrors()) {
			return "competency/competency-form";
		}
		try {
			this.model.update(before.id(), form.toCompetencyForm());
		}
		catch (RuleViolationException e) {
			FormErrors.apply(e, result, FIELDS);
			return "competency/competency-form";
		}
		flash.addFlashAttribute("saved", true);
		return "redirect:/competencies";
	}
}
