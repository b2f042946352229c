package io.cotrain.tenancy.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cotrain.portal.FormErrors;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.AccountId;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
@RequestMapping("/accounts")
@PreAuthorize("hasRole('HR_ADMIN')")
class AccountsController {

	private static final Set<String> FIELDS = Set.of("name", "displayName", "roles", "regions", "locale");
	private final Accounts accounts;
	private final TenantDirectory directory;

	AccountsController(Accounts accounts, TenantDirectory directory) {
		this.accounts = accounts;
		this.directory = directory;
	}

	record Form(@Size(max = 64) String name, @NotBlank @Size(max = 200) String displayName, @NotEmpty Set<Role> roles,
			Set<UUID> regions, String locale, Boolean enabled) {

		Set<RegionId> regionIds() {
			return regions == null ? Set.of() : regions.stream().map(RegionId::new).collect(Collectors.toSet());
		}
	}

	@ModelAttribute("allRoles")
	Set<Role> allRoles() {
		return EnumSet.complementOf(EnumSet.of(Role.PLATFORM_OPERATOR));
	}

	@ModelAttribute("allRegions")
	List<RegionInfo> allRegions() {
		return directory.regions();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", accounts.list());
		return "tenancy/accounts";
	}

	@GetMapping("/new")
	String initCreate(Model model) {
		model.addAttribute("form", new Form("", "", EnumSet.of(Role.EMPLOYEE), Set.of(), "zh-CN", true));
		return "tenancy/account-form";
	}

	@PostMapping("/new")
	String processCreate(@Valid @ModelAttribute("form") Form form, BindingResult result, Model model) {
		if (result.hasErrors()) {
			return "tenancy/account-form";
		}
		try {
			Accounts.Created created = accounts.create(new Accounts.NewAccount(form.name(), form.displayName(), form.roles(),
					form.regionIds(), Locale.forLanguageTag(form.locale() == null ? "zh-CN" : form.locale()), null, null));
			model.addAttribute("account", created.account());
			model.addAttribute("password", created.initialPassword());
			return "tenancy/account-password";
		}
		catch (RuleViolationException e) {
			FormErrors.apply(e, result, FIELDS);
			return "tenancy/account-form";
		}
	}

	@GetMapping("/{id}/edit")
	String initUpdate(@PathVariable UUID id, Model model) {
		Accounts.AccountView a = accounts.get(new AccountId(id));
		model.addAttribute("account", a);
		model.addAttribute("form", new Form(null, a.displayName(), a.roles(),
				a.regions().stream().map(RegionId::value).collect(Collectors.toSet()), a.locale().toLanguageTag(), a.enabled()));
		return "tenancy/account-form";
	}

	@PostMapping("/{id}/edit")
	String processUpdate(@PathVariable UUID id, @Valid @ModelAttribute("form") Form form, BindingResult result, Model model,
			RedirectAttributes flash) {
		model.addAttribute("account", accounts.get(new AccountId(id)));
		if (result.hasErrors()) {
			return "tenancy/account-form";
		}
		try {
			accounts.update(new AccountId(id), new Accounts.AccountChange(form.displayName(), form.roles(), form.regionIds(),
					form.enabled() != null && form.enabled()));
		}
		catch (RuleViolationException e) {
			FormErrors.apply(e, result, FIELDS);
			return "tenancy/account-form";
		}
		flash.addFlashAttribute("saved", true);
		return "redirect:/accounts";
	}

	@PostMapping("/{id}/password-reset")
	String resetPassword(@PathVariable UUID id, Model model) {
		String password = accounts.resetPassword(new AccountId(id));
		model.addAttribute("account", accounts.get(new AccountId(id)));
		model.addAttribute("password", password);
		return "tenancy/account-password";
	}
}
