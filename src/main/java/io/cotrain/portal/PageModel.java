package io.cotrain.portal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a module adds to the model of every rendered page (e.g. the user's time zone), declared as a bean. It is
 * called only when a view is rendered, after the controller, so API responses and redirects pay nothing for it; a
 * value the controller already put in the model stays.
 */
@FunctionalInterface
public interface PageModel {

	/** Puts this module's page attributes into {@code model}. */
	void contribute(HttpServletRequest request, Map<String, Object> model);
}
