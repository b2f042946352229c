package io.cotrain.tenancy.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.cotrain.portal.UiLocales;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.shared.RuleViolationException.Violation;
import io.cotrain.tenancy.AccountId;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.CurrentUser;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantInfo;
import io.cotrain.tenancy.security.AccountPrincipal;
import io.cotrain.tenancy.tenant.Tenant;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AccountService implements Accounts {

	private final AccountRepository accounts;
	private final TenantDirectory directory;
	private final PasswordEncoder encoder;
	private final OneTimePasswords oneTimePasswords;
	private final AuditLog audit;
	private final Clock clock;

	AccountService(AccountRepository accounts, TenantDirectory directory, PasswordEncoder encoder,
			OneTimePasswords oneTimePasswords, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.directory = directory;
		this.encoder = encoder;
		this.oneTimePasswords = oneTimePasswords;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public Optional<CurrentUser> current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof AccountPrincipal p ? Optional.of(p.user()) : Optional.empty();
	}

	@Override
	@Transactional
	public Created create(NewAccount cmd) {
		TenantInfo tenant = directory.currentTenant();
		String name = AccountRules.normalise(cmd.name());
		List<Violation> violations = new ArrayList<>();
		AccountRules.checkName(name, violations);
		AccountRules.checkDisplayName(cmd.displayName(), violations);
		AccountRules.checkRoles(cmd.roles(), cmd.regions(), Tenant.PLATFORM_CODE.equals(tenant.code()), violations);
		if (cmd.password() != null) {
			AccountRules.checkPassword("password", cmd.password(), violations);
		}
		checkRegions(cmd.regions(), violations);
		Locale locale = cmd.locale() == null ? UiLocales.DEFAULT : UiLocales.parse(cmd.locale().toLanguageTag()).orElse(null);
		if (locale == null) {
			violations.add(new Violation("locale", "validation.locale.unsupported"));
		}
		String username = name + "@" + tenant.code();
		if (violations.isEmpty() && accounts.existsByUsername(username)) {
			violations.add(new Violation("name", "validation.account.duplicate"));
		}
		if (cmd.employeeId() != null && accounts.findByEmployeeId(cmd.employeeId()).isPresent()) {
			violations.add(new Violation("employeeId", "validation.account.employeeLinked"));
		}
		AccountRules.throwIfAny(violations);
		String password = cmd.password() != null ? cmd.password() : oneTimePasswords.next();
		Account account = accounts.save(new Account(username, cmd.displayName().trim(), encoder.encode(password), cmd.roles(),
				regionsOrEmpty(cmd.regions()), locale, cmd.employeeId(), clock.instant()));
		audit.record("ACCOUNT_CREATED", "account", account.id(), Map.of("username", username, "roles", cmd.roles()));
		return new Created(account.view(clock.instant()), cmd.password() == null ? password : null);
	}

	@Override
	public AccountView get(AccountId id) {
		return load(id).view(clock.instant());
	}

	@Override
	public Optional<AccountView> byEmployee(UUID employeeId) {
		return accounts.findByEmployeeId(employeeId).map(a -> a.view(clock.instant()));
	}

	@Override
	public List<AccountView> list() {
		return accounts.findAllByOrderByUsername().stream().map(a -> a.view(clock.instant())).toList();
	}

	@Override
	@Transactional
	public AccountView update(AccountId id, AccountChange change) {
		Account account = load(id);
		List<Violation> violations = new ArrayList<>();
		String displayName = change.displayName() != null ? change.displayName().trim() : account.displayName();
		Set<io.cotrain.tenancy.Role> roles = change.roles() != null ? change.roles() : account.roles();
		Set<RegionId> regions = change.regions() != null ? change.regions() : account.regions();
		AccountRules.checkDisplayName(displayName, violations);
		AccountRules.checkRoles(roles, regions, account.roles().contains(io.cotrain.tenancy.Role.PLATFORM_OPERATOR), violations);
		checkRegions(regions, violations);
		boolean staysHrAdmin = roles.contains(io.cotrain.tenancy.Role.HR_ADMIN) && !Boolean.FALSE.equals(change.enabled());
		// the active HR admins are locked first, so two admins cannot demote each other at the same moment
		if (isActiveHrAdmin(account) && !staysHrAdmin && accounts.lockActiveHrAdmins().size() <= 1) {
			violations.add(new Violation("roles", "validation.account.lastHrAdmin"));
		}
		AccountRules.throwIfAny(violations);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("rolesBefore", account.roles());
		details.put("rolesAfter", roles);
		details.put("regionsAfter", regions);
		account.change(displayName, roles, regions);
		if (change.enabled() != null && change.enabled() != account.isEnabled()) {
			account.enable(change.enabled());
			details.put("enabled", change.enabled());
		}
		audit.record("ACCOUNT_CHANGED", "account", id, details);
		return account.view(clock.instant());
	}

	@Override
	@Transactional
	public String resetPassword(AccountId id) {
		Account account = load(id);
		String password = oneTimePasswords.next();
		account.changePassword(encoder.encode(password), clock.instant());
		audit.record("PASSWORD_RESET", "account", id, Map.of("username", account.username()));
		return password;
	}

	@Override
	@Transactional
	public void changeOwnPassword(String currentPassword, String newPassword) {
		Account account = load(requireCurrent().id());
		List<Violation> violations = new ArrayList<>();
		if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
			violations.add(new Violation("currentPassword", "validation.password.wrong"));
		}
		AccountRules.checkPassword("newPassword", newPassword, violations);
		AccountRules.throwIfAny(violations);
		account.changePassword(encoder.encode(newPassword), clock.instant());
		audit.record("PASSWORD_CHANGED", "account", account.id(), Map.of());
	}

	@Override
	@Transactional
	public void changeOwnLocale(Locale locale) {
		current().flatMap(u -> accounts.findById(u.id().value())).ifPresent(a -> a.changeLocale(locale));
	}

	@Override
	@Transactional
	public void linkEmployee(AccountId id, UUID employeeId) {
		Account account = load(id);
		accounts.findByEmployeeId(employeeId).filter(other -> !other.id().equals(id)).ifPresent(other -> {
			throw RuleViolationException.of("employeeId", "validation.account.employeeLinked");
		});
		account.linkEmployee(employeeId);
		audit.record("ACCOUNT_LINKED", "account", id, Map.of("employeeId", employeeId));
	}

	private static boolean isActiveHrAdmin(Account account) {
		return account.isEnabled() && account.roles().contains(io.cotrain.tenancy.Role.HR_ADMIN);
	}

	private Account load(AccountId id) {
		return accounts.findById(id.value()).orElseThrow(() -> new NotFoundException("account", id));
	}

	private void checkRegions(Set<RegionId> regions, List<Violation> violations) {
		for (RegionId region : regionsOrEmpty(regions)) {
			try {
				directory.region(region);
			}
			catch (NotFoundException e) {
				violations.add(new Violation("regions", "validation.region.unknown"));
				return;
			}
		}
	}

	private static Set<RegionId> regionsOrEmpty(Set<RegionId> regions) {
		return regions == null ? Set.of() : regions;
	}
}
