package io.cotrain.tenancy.web;

import java.util.Set;
import java.util.UUID;

import io.cotrain.portal.FormErrors;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.CurrentUser;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.account.ApiTokens;
import io.cotrain.tenancy.security.OwnPassword;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

/** The signed-in user's own page: profile, password and personal API tokens. */
@Controller
@RequestMapping("/me")
@PreAuthorize("isAuthenticated()")
class ProfileController {

	private final Accounts accounts;
	private final TenantDirectory directory;
	private final ApiTokens tokens;
	private final OwnPassword ownPassword;

	ProfileController(Accounts accounts, TenantDirectory directory, ApiTokens tokens, OwnPassword ownPassword) {
		this.accounts = accounts;
		this.directory = directory;
		this.tokens = tokens;
		this.ownPassword = ownPassword;
	}

	record PasswordForm(@NotBlank String currentPassword, @NotBlank @Size(min = 8, max = 72) String newPassword) {
	}

	record TokenForm(@NotBlank @Size(max = 100) String name, @Min(1) @Max(366) Integer validDays) {
	}

	@GetMapping
	String show(Model model) {
		CurrentUser user = accounts.requireCurrent();
		model.addAttribute("user", user);
		model.addAttribute("regions", MyRegions.of(user, directory));
		model.addAttribute("tokens", tokens.of(user.id()));
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordForm("", ""));
		}
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new TokenForm("", 90));
		}
		return "tenancy/me";
	}

	@PostMapping("/password")
	String changePassword(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Model model,
			RedirectAttributes flash, HttpServletRequest request, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				ownPassword.change(form.currentPassword(), form.newPassword(), request, response);
				flash.addFlashAttribute("passwordChanged", true);
				return "redirect:/me";
			}
			catch (RuleViolationException e) {
				FormErrors.apply(e, result, Set.of("currentPassword", "newPassword"));
			}
		}
		return show(model);
	}

	@PostMapping("/tokens")
	String createToken(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				CurrentUser user = accounts.requireCurrent();
				flash.addFlashAttribute("newToken", tokens.issue(user.id(), user.tenant(), form.name(), form.validDays()));
				return "redirect:/me";
			}
			catch (RuleViolationException e) {
				FormErrors.apply(e, result, Set.of("name", "validDays"));
			}
		}
		return show(model);
	}

	@PostMapping("/tokens/{id}/revoke")
	String revoke(@PathVariable UUID id, RedirectAttributes flash) {
		tokens.revoke(accounts.requireCurrent().id(), id);
		flash.addFlashAttribute("revoked", true);
		return "redirect:/me";
	}
}
