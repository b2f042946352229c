package io.cotrain.employee.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeePage;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.RoleType;
import io.cotrain.employee.EmployeeStatus;
import io.cotrain.portal.FormErrors;
import io.cotrain.shared.RuleViolationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The employee list (search, filters, paging via htmx) and the create and edit forms. */
@Controller
@RequestMapping("/employees")
class EmployeesController {

	private static final int PAGE_SIZE = 25;
	private static final Set<String> FIELDS = Set.of("employeeNo", "name", "phone", "email", "regionId", "orgUnitId", "positionId",
			"managerId", "hireDate", "terminalPin", "effectiveFrom");

	private final EmployeeDirectory directory;
	private final EmployeeRegistry registry;
	private final Lookups lookups;

	EmployeesController(EmployeeDirectory directory, EmployeeRegistry registry, Lookups lookups) {
		this.directory = directory;
		this.registry = registry;
		this.lookups = lookups;
	}

	/** The create and edit form; employee number and hire date are set once, at creation. */
	record Form(@Size(max = 32) String employeeNo, @NotBlank @Size(max = 100) String name, @Size(max = 40) String phone,
			@Size(max = 200) String email, UUID regionId, UUID orgUnitId, UUID positionId, UUID managerId,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate hireDate, @Size(max = 32) String terminalPin,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom) {

		static Form of(EmployeeView e) {
			return new Form(e.employeeNo(), e.name(), e.phone(), e.email(), e.region().value(), Ids.value(e.orgUnit()),
					e.position().value(), Ids.value(e.manager()), e.hireDate(), e.terminalPin(), null);
		}

		EmployeeRegistry.NewEmployee toNew() {
			return new EmployeeRegistry.NewEmployee(employeeNo, name, phone, email, Ids.region(regionId), Ids.orgUnit(orgUnitId),
					Ids.position(positionId), Ids.employee(managerId), hireDate, terminalPin);
		}

		EmployeeRegistry.EmployeeChange toChange() {
			return new EmployeeRegistry.EmployeeChange(name, phone, email, terminalPin, Ids.region(regionId), Ids.orgUnit(orgUnitId),
					Ids.position(positionId), Ids.employee(managerId), effectiveFrom);
		}
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN','AUDITOR')")
	String list(@ModelAttribute("filter") EmployeeFilter filter, @RequestHeader(value = "HX-Request", required = false) String htmx,
			Model model) {
		EmployeePage page = directory.search(filter.toQuery(PAGE_SIZE));
		model.addAttribute("result", page);
		model.addAttribute("names", lookups.names(page.content()));
		if (htmx != null) {
			return "employee/list :: table";
		}
		model.addAttribute("regions", lookups.regions());
		model.addAttribute("orgUnits", OrgTree.of(lookups.orgUnits()));
		model.addAttribute("positions", lookups.positions());
		model.addAttribute("tags", directory.tags());
		model.addAttribute("roleTypes", RoleType.values());
		model.addAttribute("statuses", EmployeeStatus.values());
		return "employee/list";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	String initCreate(Model model) {
		model.addAttribute("form", new Form(null, null, null, null, null, null, null, null, null, null, null));
		return choices(model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	String processCreate(@Valid @ModelAttribute("form") Form form, BindingResult result, Model model, RedirectAttributes flash) {
		if (result.hasErrors()) {
			return choices(model);
		}
		EmployeeView created;
		try {
			created = registry.create(form.toNew());
		}
		catch (RuleViolationException e) {
			FormErrors.apply(e, result, FIELDS);
			return choices(model);
		}
		flash.addFlashAttribute("saved", true);
		return "redirect:/employees/" + created.id();
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	String initUpdate(@PathVariable UUID id, Model model) {
		EmployeeView employee = directory.get(new EmployeeId(id));
		model.addAttribute("employee", employee);
		model.addAttribute("form", Form.of(employee));
		return choices(model);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	String processUpdate(@PathVariable UUID id, @Valid @ModelAttribute("form") Form form, BindingResult result, Model model,
			RedirectAttributes flash) {
		model.addAttribute("employee", directory.get(new EmployeeId(id)));
		if (result.hasErrors()) {
			return choices(model);
		}
		try {
			registry.update(new EmployeeId(id), form.toChange());
		}
		catch (RuleViolationException e) {
			FormErrors.apply(e, result, FIELDS);
			return choices(model);
		}
		flash.addFlashAttribute("saved", true);
		return "redirect:/employees/" + id;
	}

	private String choices(Model model) {
		model.addAttribute("regions", lookups.regions());
		model.addAttribute("orgUnits", OrgTree.of(lookups.orgUnits()));
		model.addAttribute("positions", lookups.positions());
		Form form = (Form) model.getAttribute("form");
		model.addAttribute("managers", lookups.managers(form == null ? null : Ids.employee(form.managerId())));
		return "employee/form";
	}
}
