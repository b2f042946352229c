package io.cotrain.portal;

import java.util.List;

import org.springframework.security.core.Authentication;

/**
 * A module's figures on the landing page, computed for the signed-in user (in their tenant scope).
 * Return no figures for users the tile does not concern.
 */
public interface DashboardTile {

	List<Figure> figures(Authentication user);

	/**
	 * @param labelKey message key of the label
	 * @param value the figure as displayed (a count, a rate…)
	 * @param href where the figure is explained in detail, or null
	 * @param order position, ascending
	 */
	record Figure(String labelKey, Object value, String href, int order) {
	}
}
