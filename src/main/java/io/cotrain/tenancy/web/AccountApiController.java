package io.cotrain.tenancy.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cotrain.tenancy.AccountId;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.Accounts.AccountView;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Accounts", description = "Login accounts of the tenant (HR admins)")
@RestController
@RequestMapping("/api/v1/accounts")
@PreAuthorize("hasRole('HR_ADMIN')")
class AccountApiController {

	private final Accounts accounts;

	AccountApiController(Accounts accounts) {
		this.accounts = accounts;
	}

	record NewAccountJson(String name, String displayName, Set<Role> roles, Set<UUID> regions, String locale, String password,
			UUID employeeId) {
	}

	record ChangeJson(String displayName, Set<Role> roles, Set<UUID> regions, Boolean enabled) {
	}

	record CreatedJson(AccountView account, String initialPassword) {
	}

	record PasswordJson(String oneTimePassword) {
	}

	@GetMapping
	List<AccountView> list() {
		return accounts.list();
	}

	@GetMapping("/{id}")
	AccountView get(@PathVariable UUID id) {
		return accounts.get(new AccountId(id));
	}

	@Operation(summary = "Create name@tenant; without a password a one-time password is returned once")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CreatedJson create(@RequestBody NewAccountJson body) {
		Accounts.Created created = accounts.create(new Accounts.NewAccount(body.name(), body.displayName(), body.roles(),
				regions(body.regions()), body.locale() == null ? null : Locale.forLanguageTag(body.locale()), body.password(),
				body.employeeId()));
		return new CreatedJson(created.account(), created.initialPassword());
	}

	@Operation(summary = "Change display name, roles, regions or enable/disable")
	@PatchMapping("/{id}")
	AccountView update(@PathVariable UUID id, @RequestBody ChangeJson body) {
		return accounts.update(new AccountId(id), new Accounts.AccountChange(body.displayName(), body.roles(),
				body.regions() == null ? null : regions(body.regions()), body.enabled()));
	}

	@Operation(summary = "Set a new one-time password (returned once); also lifts a lock-out")
	@PostMapping("/{id}/password-reset")
	PasswordJson resetPassword(@PathVariable UUID id) {
		return new PasswordJson(accounts.resetPassword(new AccountId(id)));
	}

	private static Set<RegionId> regions(Set<UUID> ids) {
		return ids == null ? Set.of() : ids.stream().map(RegionId::new).collect(Collectors.toSet());
	}
}
