package io.cotrain.tenancy.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.cotrain.shared.RuleViolationException;
import io.cotrain.shared.RuleViolationException.Violation;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.Role;

/** What makes an account valid; every problem is reported at once, by field. */
final class AccountRules {

	static final Pattern NAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{0,63}$");
	static final int MIN_PASSWORD = 8;
	static final int MAX_PASSWORD = 72;
	static final int MAX_PASSWORD_BYTES = 72;

	private AccountRules() {
	}

	static void checkName(String name, List<Violation> violations) {
		if (name == null || !NAME.matcher(name).matches()) {
			violations.add(new Violation("name", "validation.account.name"));
		}
	}

	static void checkRoles(Set<Role> roles, Set<RegionId> regions, boolean platform, List<Violation> violations) {
		if (roles == null || roles.isEmpty()) {
			violations.add(new Violation("roles", "validation.account.roles"));
			return;
		}
		if (roles.contains(Role.PLATFORM_OPERATOR) != platform) {
			violations.add(new Violation("roles", "validation.account.operator"));
		}
		if (roles.contains(Role.KIOSK) && roles.size() > 1) {
			violations.add(new Violation("roles", "validation.account.kioskAlone"));
		}
		if (roles.contains(Role.REGION_ADMIN) && (regions == null || regions.isEmpty())) {
			violations.add(new Violation("regions", "validation.account.regionAdminRegions"));
		}
	}

	static void checkDisplayName(String displayName, List<Violation> violations) {
		if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
			violations.add(new Violation("displayName", "validation.required"));
		}
	}

	static void checkPassword(String field, String password, List<Violation> violations) {
		if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
			violations.add(new Violation(field, "validation.password.length", MIN_PASSWORD, MAX_PASSWORD));
		}
		else if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			// bcrypt reads at most 72 bytes (about 24 Chinese characters)
			violations.add(new Violation(field, "validation.password.bytes", MAX_PASSWORD_BYTES));
		}
	}

	static String normalise(String name) {
		return name == null ? null : name.trim().toLowerCase(Locale.ROOT);
	}

	static void throwIfAny(List<Violation> violations) {
		if (!violations.isEmpty()) {
			throw new RuleViolationException(new ArrayList<>(violations));
		}
	}
}
