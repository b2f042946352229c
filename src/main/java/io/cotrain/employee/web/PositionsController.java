package io.cotrain.employee.web;

import java.util.Set;
import java.util.UUID;

import io.cotrain.employee.Organisation;
import io.cotrain.employee.Organisation.PositionForm;
import io.cotrain.employee.PositionId;
import io.cotrain.employee.PositionView;
import io.cotrain.employee.RoleType;
import io.cotrain.portal.FormErrors;
import io.cotrain.shared.RuleViolationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

/** The position system: positions with their role type and grade (tenant-wide, so HR's). */
@Controller
@RequestMapping("/positions")
class PositionsController {

	private static final Set<String> FIELDS = Set.of("code", "name", "nameEn", "roleType", "grade");
	private final Organisation organisation;

	PositionsController(Organisation organisation) {
		this.organisation = organisation;
	}

	record Form(@Size(max = 32) String code, @NotBlank @Size(max = 200) String name, @Size(max = 200) String nameEn,
			@NotNull RoleType roleType, @NotNull @Min(0) @Max(99) Integer grade) {

		static Form of(PositionView p) {
			return new Form(p.code(), p.name(), p.nameEn(), p.roleType(), p.grade());
		}

		PositionForm toPositionForm() {
			return new PositionForm(code, name, nameEn, roleType, grade);
		}
	}

	@ModelAttribute("roleTypes")
	RoleType[] roleTypes() {
		return RoleType.values();
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN','AUDITOR')")
	String list(Model model) {
		model.addAttribute("positions", organisation.positions());
		return "employee/positions";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('HR_ADMIN')")
	String initCreate(Model model) {
		model.addAttribute("form", new Form(null, null, null, RoleType.CLERK, 1));
		return "employee/position-form";
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('HR_ADMIN')")
	String processCreate(@Valid @ModelAttribute("form") Form form, BindingResult result, RedirectAttributes flash) {
		if (result.hasErrors()) {
			return "employee/position-form";
		}
		try {
			organisation.createPosition(form.toPositionForm());
		}
		catch (RuleViolationException e) {
			FormErrors.apply(e, result, FIELDS);
			return "employee/position-form";
		}
		flash.addFlashAttribute("saved", true);
		return "redirect:/positions";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasRole('HR_ADMIN')")
	String initUpdate(@PathVariable UUID id, Model model) {
		model.addAttribute("form", Form.of(organisation.position(new PositionId(id))));
		model.addAttribute("positionId", id);
		return "employee/position-form";
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasRole('HR_ADMIN')")
	String processUpdate(@PathVariable UUID id, @Valid @ModelAttribute("form") Form form, BindingResult result, Model model,
			RedirectAttributes flash) {
		organisation.position(new PositionId(id));
		model.addAttribute("positionId", id);
		if (result.hasErrors()) {
			return "employee/position-form";
		}
		try {
			organisation.updatePosition(new PositionId(id), form.toPositionForm());
		}
		catch (RuleViolationException e) {
			FormErrors.apply(e, result, FIELDS);
			return "employee/position-form";
		}
		flash.addFlashAttribute("saved", true);
		return "redirect:/positions";
	}
}
