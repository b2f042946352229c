package io.cotrain.training.content;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.cotrain.shared.RuleViolationException;
import io.cotrain.shared.RuleViolationException.Violation;

/** Collects every problem of one input by field, so a form shows them all at once. */
final class ContentChecks {

	static final Pattern CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$");
	static final int MAX_TITLE = 200;
	static final int MAX_DESCRIPTION = 4000;
	/** numeric(5,2) */
	static final BigDecimal MAX_HOURS = new BigDecimal("999.99");

	private final List<Violation> violations = new ArrayList<>();

	ContentChecks add(String field, String code, Object... args) {
		violations.add(new Violation(field, code, args));
		return this;
	}

	String code(String field, String value) {
		String text = trim(value);
		if (text == null || !CODE.matcher(text).matches()) {
			add(field, "validation.employee.code");
		}
		return text;
	}

	String title(String field, String value) {
		return title(field, value, MAX_TITLE);
	}

	String title(String field, String value, int max) {
		String text = trim(value);
		if (text == null || text.length() > max) {
			add(field, "training.title.required", max);
		}
		return text;
	}

	String optional(String field, String value, int max) {
		String text = trim(value);
		if (text != null && text.length() > max) {
			add(field, "validation.text.optional", max);
		}
		return text;
	}

	<T> T present(String field, T value) {
		if (value == null) {
			add(field, "validation.selection");
		}
		return value;
	}

	/** Credit hours: more than 0, at most 999.99, at most two decimals. */
	BigDecimal hours(String field, BigDecimal value) {
		if (value == null || value.signum() <= 0 || value.compareTo(MAX_HOURS) > 0 || value.stripTrailingZeros().scale() > 2) {
			add(field, "training.hours", MAX_HOURS);
		}
		return value;
	}

	/** A whole number in min … max (a null is refused too), else {@code code} with min and max as arguments. */
	Integer range(String field, Integer value, int min, int max, String code) {
		if (value == null || value < min || value > max) {
			add(field, code, min, max);
		}
		return value;
	}

	/** An absolute http(s) link; {@code required} refuses a blank. */
	String url(String field, String value, boolean required, int max) {
		String text = trim(value);
		if (text == null) {
			if (required) {
				add(field, "training.url.required");
			}
			return null;
		}
		if (text.length() > max || !isWebLink(text)) {
			add(field, "training.url.http", max);
		}
		return text;
	}

	private static boolean isWebLink(String text) {
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException e) {
			return false;
		}
	}

	/** Chosen competencies: each one of the tenant's (asked only when some are chosen); duplicates are dropped. */
	List<UUID> competencies(String field, List<UUID> chosen, Supplier<Set<UUID>> tenants) {
		if (chosen == null || chosen.isEmpty()) {
			return List.of();
		}
		Set<UUID> known = tenants.get();
		Set<UUID> result = new LinkedHashSet<>();
		for (UUID id : chosen) {
			if (id == null || !known.contains(id)) {
				add(field, "validation.selection");
			}
			else {
				result.add(id);
			}
		}
		return List.copyOf(result);
	}

	boolean has(String field) {
		return violations.stream().anyMatch(v -> field.equals(v.field()));
	}

	boolean any() {
		return !violations.isEmpty();
	}

	void throwIfAny() {
		if (!violations.isEmpty()) {
			throw new RuleViolationException(List.copyOf(violations));
		}
	}

	static String trim(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** A new order must name every key of the list exactly once. */
	static void requirePermutation(Collection<UUID> existing, List<UUID> order) {
		if (order == null || order.stream().anyMatch(java.util.Objects::isNull) || order.size() != existing.size()
				|| !new LinkedHashSet<>(order).equals(new LinkedHashSet<>(existing))) {
			throw RuleViolationException.of("order", "training.order");
		}
	}
}
