package io.cotrain.employee.web;

import java.util.Set;
import java.util.UUID;

import io.cotrain.employee.OrgUnitId;
import io.cotrain.employee.OrgUnitView;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.Organisation.OrgUnitForm;
import io.cotrain.portal.FormErrors;
import io.cotrain.shared.RuleViolationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

/** The organisation tree: company → departments → teams. */
@Controller
@RequestMapping("/org-units")
class OrgUnitsController {

	private static final Set<String> FIELDS = Set.of("code", "name", "kind", "parent", "region");
	private final Organisation organisation;
	private final Lookups lookups;

	OrgUnitsController(Organisation organisation, Lookups lookups) {
		this.organisation = organisation;
		this.lookups = lookups;
	}

	record Form(@Size(max = 32) String code, @NotBlank @Size(max = 200) String name, OrgUnitView.Kind kind, UUID parent,
			UUID region) {

		static Form of(OrgUnitView u) {
			return new Form(u.code(), u.name(), u.kind(), u.parentId() == null ? null : u.parentId().value(), Ids.value(u.region()));
		}

		OrgUnitForm toOrgUnitForm() {
			return new OrgUnitForm(code, name, kind, Ids.orgUnit(parent), Ids.region(region));
		}
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN','AUDITOR')")
	String list(Model model) {
		model.addAttribute("units", OrgTree.of(organisation.orgUnits()));
		model.addAttribute("names", lookups.names(java.util.List.of()));
		return "employee/org-units";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	String initCreate(Model model) {
		model.addAttribute("form", new Form(null, null, OrgUnitView.Kind.TEAM, null, null));
		return choices(model, null);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	String processCreate(@Valid @ModelAttribute("form") Form form, BindingResult result, Model model, RedirectAttributes flash) {
		if (result.hasErrors()) {
			return choices(model, null);
		}
		try {
			organisation.createOrgUnit(form.toOrgUnitForm());
		}
		catch (RuleViolationException e) {
			FormErrors.apply(e, result, FIELDS);
			return choices(model, null);
		}
		flash.addFlashAttribute("saved", true);
		return "redirect:/org-units";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	String initUpdate(@PathVariable UUID id, Model model) {
		model.addAttribute("form", Form.of(organisation.orgUnit(new OrgUnitId(id))));
		return choices(model, id);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	String processUpdate(@PathVariable UUID id, @Valid @ModelAttribute("form") Form form, BindingResult result, Model model,
			RedirectAttributes flash) {
		OrgUnitView unit = organisation.orgUnit(new OrgUnitId(id));
		if (result.hasErrors()) {
			return choices(model, id);
		}
		try {
			organisation.updateOrgUnit(unit.id(), form.toOrgUnitForm());
		}
		catch (RuleViolationException e) {
			FormErrors.apply(e, result, FIELDS);
			return choices(model, id);
		}
		flash.addFlashAttribute("saved", true);
		return "redirect:/org-units";
	}

	private String choices(Model model, UUID self) {
		model.addAttribute("unitId", self);
		model.addAttribute("parents", OrgTree.of(organisation.orgUnits()).stream()
			.filter(n -> self == null || !n.unit().id().value().equals(self)).toList());
		model.addAttribute("regions", lookups.regions());
		model.addAttribute("kinds", OrgUnitView.Kind.values());
		return "employee/org-unit-form";
	}
}
