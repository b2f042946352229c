package io.cotrain.portal;

import java.util.Set;

/**
 * An entry of the main navigation, declared as a bean by the module that owns the page. Entries with a
 * description are also offered on the landing page.
 *
 * @param messageKey the label's key in the message bundles
 * @param descriptionKey key of a one-sentence description of the page, or null
 * @param href the page
 * @param roles the roles (without {@code ROLE_}) that see the entry; empty means every signed-in user
 * @param order position, ascending
 */
public record NavItem(String messageKey, String descriptionKey, String href, Set<String> roles, int order) {

	public NavItem {
		roles = Set.copyOf(roles);
	}
}
