package io.cotrain.tenancy.tenant;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.cotrain.shared.RuleViolationException;
import io.cotrain.shared.RuleViolationException.Violation;
import io.cotrain.tenancy.TenantDirectory.RegionForm;

/** Checks a region form; every problem is reported at once, by field. */
final class RegionRules {

	static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9-]{1,31}$");
	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private RegionRules() {
	}

	record Valid(String code, String name, ZoneId zone, Locale locale, String phoneCountry) {
	}

	static Valid check(RegionForm form) {
		List<Violation> violations = new ArrayList<>();
		String code = form.code() == null ? "" : form.code().trim().toLowerCase(Locale.ROOT);
		if (!CODE.matcher(code).matches()) {
			violations.add(new Violation("code", "validation.code.format"));
		}
		String name = form.name() == null ? "" : form.name().trim();
		if (name.isEmpty() || name.length() > 200) {
			violations.add(new Violation("name", "validation.required"));
		}
		ZoneId zone = null;
		try {
			zone = ZoneId.of(form.timeZone() == null ? "" : form.timeZone().trim());
		}
		catch (DateTimeException e) {
			violations.add(new Violation("timeZone", "validation.timeZone"));
		}
		Locale locale = null;
		try {
			locale = new Locale.Builder().setLanguageTag(form.locale() == null ? "" : form.locale().trim()).build();
			if (locale.getLanguage().isEmpty()) {
				violations.add(new Violation("locale", "validation.locale"));
			}
		}
		catch (IllformedLocaleException e) {
			violations.add(new Violation("locale", "validation.locale"));
		}
		String country = form.phoneCountry() == null ? "" : form.phoneCountry().trim().toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(country)) {
			violations.add(new Violation("phoneCountry", "validation.country"));
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		return new Valid(code, name, zone, locale, country);
	}
}
