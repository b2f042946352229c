package io.cotrain.competency.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cotrain.competency.CompetencyModel;
import io.cotrain.competency.CompetencyModel.Competency;
import io.cotrain.competency.CompetencyModel.RequiredLevel;
import io.cotrain.competency.CompetencyModel.Requirement;
import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.PositionId;
import io.cotrain.employee.PositionView;
import io.cotrain.portal.FormErrors;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The level each position requires of each competency. Saving replaces the position's requirements, as
 * {@code PUT /api/v1/competency-requirements} does: level 0 means not required.
 */
@Controller
@RequestMapping("/competencies/requirements")
class RequirementsController {

	private final CompetencyModel model;
	private final EmployeeDirectory directory;

	RequirementsController(CompetencyModel model, EmployeeDirectory directory) {
		this.model = model;
		this.directory = directory;
	}

	/** @param level 0 (not required) to 5 */
	record Row(@NotNull UUID competencyId, @NotNull @Min(0) @Max(5) Integer level) {
	}

	record Form(UUID positionId, @Valid List<Row> rows) {

		Form {
			rows = rows == null ? List.of() : rows;
		}
	}

	/** The position chooser and, for a chosen position, the level of every competency; htmx requests get the editor only. */
	@GetMapping
	@PreAuthorize(Access.READ)
	String show(@RequestParam(required = false) UUID positionId,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		PositionView position = positionId == null ? null : directory.position(new PositionId(positionId));
		if (position != null) {
			Map<UUID, Integer> levels = this.model.requirements(position.id()).stream()
				.collect(Collectors.toMap(Requirement::competencyId, Requirement::requiredLevel));
			model.addAttribute("form", new Form(positionId, this.model.competencies().stream()
				.map(c -> new Row(c.id(), levels.getOrDefault(c.id(), 0))).toList()));
		}
		choices(model, position);
		return htmx != null ? "competency/requirements :: editor" : "competency/requirements";
	}

	@PostMapping
	@PreAuthorize(Access.WRITE)
	String save(@Valid @ModelAttribute("form") Form form, BindingResult result, Model model, RedirectAttributes flash) {
		if (form.positionId() == null) {
			throw new NotFoundException("position", null);
		}
		PositionView position = directory.position(new PositionId(form.positionId()));
		if (result.hasErrors()) {
			choices(model, position);
			return "competency/requirements";
		}
		try {
			this.model.setRequirements(position.id(), form.rows().stream().filter(r -> r.level() > 0)
				.map(r -> new RequiredLevel(r.competencyId(), r.level())).toList());
		}
		catch (RuleViolationException e) {
			FormErrors.apply(e, result, Set.of());
			choices(model, position);
			return "competency/requirements";
		}
		flash.addFlashAttribute("saved", true);
		return "redirect:/competencies/requirements?positionId=" + position.id().value();
	}

	private void choices(Model model, PositionView position) {
		model.addAttribute("position", position);
		model.addAttribute("positions", directory.positions().stream()
			.sorted(Comparator.comparing(PositionView::roleType).thenComparingInt(PositionView::grade).thenComparing(PositionView::code))
			.toList());
		model.addAttribute("competencies", this.model.competencies().stream()
			.collect(Collectors.toMap(Competency::id, Function.identity())));
	}
}
