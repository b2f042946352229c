package io.cotrain.tenancy.web;

import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import io.cotrain.portal.FormErrors;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantDirectory.RegionForm;
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

@Controller
@RequestMapping("/regions")
class RegionsController {

	private static final Set<String> FIELDS = Set.of("code", "name", "timeZone", "locale", "phoneCountry");
	private final TenantDirectory directory;

	RegionsController(TenantDirectory directory) {
		this.directory = directory;
	}

	record Form(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 200) String name, @NotBlank String timeZone,
			@NotBlank String locale, @NotBlank @Size(min = 2, max = 2) String phoneCountry) {

		static Form empty() {
			return new Form("", "", "Asia/Shanghai", "zh-CN", "CN");
		}

		static Form of(RegionInfo r) {
			return new Form(r.code(), r.name(), r.timeZone().getId(), r.locale().toLanguageTag(), r.phoneCountry());
		}

		RegionForm toRegionForm() {
			return new RegionForm(code, name, timeZone, locale, phoneCountry);
		}
	}

	@ModelAttribute("zones")
	Set<String> zones() {
		return new java.util.TreeSet<>(ZoneId.getAvailableZoneIds());
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN','AUDITOR')")
	String list(Model model) {
		model.addAttribute("regions", directory.regions());
		return "tenancy/regions";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('HR_ADMIN')")
	String initCreate(Model model) {
		model.addAttribute("form", Form.empty());
		return "tenancy/region-form";
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('HR_ADMIN')")
	String processCreate(@Valid @ModelAttribute("form") Form form, BindingResult result, RedirectAttributes flash) {
		if (result.hasErrors()) {
			return "tenancy/region-form";
		}
		try {
			directory.createRegion(form.toRegionForm());
		}
		catch (RuleViolationException e) {
			FormErrors.apply(e, result, FIELDS);
			return "tenancy/region-form";
		}
		flash.addFlashAttribute("saved", form.code());
		return "redirect:/regions";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasRole('HR_ADMIN')")
	String initUpdate(@PathVariable UUID id, Model model) {
		model.addAttribute("form", Form.of(directory.region(new RegionId(id))));
		model.addAttribute("regionId", id);
		return "tenancy/region-form";
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasRole('HR_ADMIN')")
	String processUpdate(@PathVariable UUID id, @Valid @ModelAttribute("form") Form form, BindingResult result, Model model,
			RedirectAttributes flash) {
		model.addAttribute("regionId", id);
		directory.region(new RegionId(id));
		if (result.hasErrors()) {
			return "tenancy/region-form";
		}
		try {
			directory.updateRegion(new RegionId(id), form.toRegionForm());
		}
		catch (RuleViolationException e) {
			FormErrors.apply(e, result, FIELDS);
			return "tenancy/region-form";
		}
		flash.addFlashAttribute("saved", form.code());
		return "redirect:/regions";
	}
}
