package io.cotrain.tenancy.web;

import java.util.Set;
import java.util.UUID;

import io.cotrain.portal.FormErrors;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tenant's numbers: every declared setting with its default and the tenant's and regions' values. */
@Controller
@RequestMapping("/settings")
@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
class SettingsController {

	private final TenantSettings settings;
	private final TenantDirectory directory;

	SettingsController(TenantSettings settings, TenantDirectory directory) {
		this.settings = settings;
		this.directory = directory;
	}

	/** An empty value removes the tenant's or region's value, so the default (or the tenant's) applies again. */
	record Form(@NotBlank @Size(max = 100) String key, UUID region, @Size(max = 200) String value) {
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("entries", settings.entries());
		model.addAttribute("regions", directory.regions());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new Form("", null, ""));
		}
		return "tenancy/settings";
	}

	@PostMapping
	String change(@Valid @ModelAttribute("form") Form form, BindingResult result, Model model, RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				settings.set(form.key(), form.region() == null ? null : new RegionId(form.region()), form.value());
				flash.addFlashAttribute("saved", form.key());
				return "redirect:/settings";
			}
			catch (RuleViolationException e) {
				FormErrors.apply(e, result, Set.of("region", "value"));
			}
		}
		model.addAttribute("failedKey", form.key());
		return show(model);
	}
}
