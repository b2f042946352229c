package io.cotrain.training.material;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.cotrain.shared.RuleViolationException;
import io.cotrain.shared.RuleViolationException.Violation;
import io.cotrain.training.Audience;
import io.cotrain.training.Materials.MaterialForm;

/** The checks of a material's form, every problem by field so a form shows them all at once. */
final class MaterialChecks {

	static final Pattern CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$");
	static final int MAX_TITLE = 200;
	static final int MAX_DESCRIPTION = 2000;
	static final int MAX_URL = 1000;

	/** A form that passed, trimmed. */
	record Checked(String code, String title, String description, Audience audience, List<UUID> tagIds, String url) {
	}

	private final List<Violation> violations = new ArrayList<>();

	/**
	 * @param link whether the material is a LINK (a url is required) — for a FILE the url is dropped
	 * @param tenantTags the ids of the tenant's tags
	 */
	Checked check(MaterialForm form, boolean link, Set<UUID> tenantTags) {
		String code = trim(form.code());
		if (code != null && !CODE.matcher(code).matches()) {
			add("code", "validation.employee.code");
		}
		String title = trim(form.title());
		if (title == null || title.length() > MAX_TITLE) {
			add("title", "training.title.required", MAX_TITLE);
		}
		String description = trim(form.description());
		if (description != null && description.length() > MAX_DESCRIPTION) {
			add("description", "validation.text.optional", MAX_DESCRIPTION);
		}
		if (form.audience() == null) {
			add("audience", "validation.selection");
		}
		Set<UUID> tags = new LinkedHashSet<>();
		for (UUID tag : form.tagIds() == null ? List.<UUID>of() : form.tagIds()) {
			if (tag == null || !tenantTags.contains(tag)) {
				add("tagIds", "validation.selection");
			}
			else {
				tags.add(tag);
			}
		}
		String url = link ? url(form.url()) : null;
		return new Checked(code, title, description, form.audience(), List.copyOf(tags), url);
	}

	private String url(String value) {
		String text = trim(value);
		if (text == null) {
			add("url", "training.url.required");
		}
		else if (text.length() > MAX_URL || !isWebLink(text)) {
			add("url", "training.url.http", MAX_URL);
		}
		return text;
	}

	static boolean isWebLink(String text) {
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException e) {
			return false;
		}
	}

	MaterialChecks add(String field, String code, Object... args) {
		violations.add(new Violation(field, code, args));
		return this;
	}

	/** Adds the problems of another check (the file store's), keeping this one's. */
	MaterialChecks addAll(RuleViolationException e) {
		violations.addAll(e.violations());
		return this;
	}

	boolean any() {
		return !violations.isEmpty();
	}

	void throwIfAny() {
		if (!violations.isEmpty()) {
			throw new RuleViolationException(List.copyOf(violations));
		}
	}

	private static String trim(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
