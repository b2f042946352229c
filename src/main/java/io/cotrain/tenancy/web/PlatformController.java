package io.cotrain.tenancy.web;

import java.util.List;
import java.util.Set;

import io.cotrain.portal.FormErrors;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.TenantDirectory.RegionForm;
import io.cotrain.tenancy.TenantProvisioning;
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

/** The operator's page: tenants and a form for a new one (first region and first HR admin). */
@Controller
@RequestMapping("/platform/tenants")
@PreAuthorize("hasRole('PLATFORM_OPERATOR')")
class PlatformController {

	private final TenantProvisioning provisioning;

	PlatformController(TenantProvisioning provisioning) {
		this.provisioning = provisioning;
	}

	record Form(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 200) String name,
			@Size(max = 200) String nameEn, @NotBlank @Size(max = 32) String regionCode, @NotBlank String regionName, @NotBlank String timeZone,
			@NotBlank String locale, @NotBlank String phoneCountry, @NotBlank String adminName) {
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("tenants", provisioning.all());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new Form("", "", "", "hq", "", "Asia/Shanghai", "zh-CN", "CN", "hr"));
		}
		return "tenancy/platform-tenants";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") Form form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				model.addAttribute("provisioned", provisioning.provision(new TenantProvisioning.NewTenant(form.code(), form.name(), form.nameEn(),
						List.of(new RegionForm(form.regionCode(), form.regionName(), form.timeZone(), form.locale(),
								form.phoneCountry())), form.adminName(), null, null)));
			}
			catch (RuleViolationException e) {
				FormErrors.apply(e, result, Set.of("code", "name", "adminName"));
			}
		}
		return list(model);
	}
}
