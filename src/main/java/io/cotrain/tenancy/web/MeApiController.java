package io.cotrain.tenancy.web;

import java.util.List;
import java.util.UUID;

import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.CurrentUser;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.account.ApiTokens;
import io.cotrain.tenancy.security.ApiTokenAuthentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Me", description = "The signed-in account and its personal API tokens")
@RestController
@RequestMapping("/api/v1/me")
@PreAuthorize("isAuthenticated()")
class MeApiController {

	private final Accounts accounts;
	private final TenantDirectory directory;
	private final ApiTokens tokens;

	MeApiController(Accounts accounts, TenantDirectory directory, ApiTokens tokens) {
		this.accounts = accounts;
		this.directory = directory;
		this.tokens = tokens;
	}

	record TenantJson(String code, String name, String nameEn) {
	}

	record RegionJson(String code, String name, String timeZone) {
	}

	record MeJson(String username, String displayName, UUID employeeId, TenantJson tenant, List<RegionJson> regions,
			List<Role> roles, String locale) {
	}

	record NewToken(@NotBlank @Size(max = 100) String name, @Min(1) @Max(366) Integer validDays) {
	}

	@Operation(summary = "Who am I: account, tenant, regions, roles and locale")
	@GetMapping
	MeJson me() {
		CurrentUser user = accounts.requireCurrent();
		List<RegionJson> regions = MyRegions.of(user, directory).stream()
			.map(r -> new RegionJson(r.code(), r.name(), r.timeZone().getId())).toList();
		return new MeJson(user.username(), user.displayName(), user.employeeId(),
				new TenantJson(user.tenant().code(), user.tenant().name(), user.tenant().nameEn()), regions, user.roles().stream().sorted().toList(),
				user.locale().toLanguageTag());
	}

	@Operation(summary = "My API tokens (the secrets are never shown again)")
	@GetMapping("/tokens")
	List<ApiTokens.TokenView> myTokens() {
		return tokens.of(accounts.requireCurrent().id());
	}

	@Operation(summary = "Create a personal API token (valid 90 days unless said otherwise, at most 366); the response "
			+ "holds the secret once. Needs the password (HTTP Basic): a token cannot create tokens.")
	@PostMapping("/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	ApiTokens.Issued createToken(@Valid @RequestBody NewToken body, Authentication authentication) {
		if (authentication instanceof ApiTokenAuthentication) {
			throw new AccessDeniedException("a token cannot create tokens");
		}
		CurrentUser user = accounts.requireCurrent();
		return tokens.issue(user.id(), user.tenant(), body.name(), body.validDays());
	}

	@Operation(summary = "Revoke one of my API tokens")
	@DeleteMapping("/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable UUID id) {
		tokens.revoke(accounts.requireCurrent().id(), id);
	}
}
