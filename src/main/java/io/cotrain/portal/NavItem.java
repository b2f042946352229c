package io.cotrain.portal;

import java.util.Set;

/**
 * An entry of the main navigation, declared as a bean by the module that owns the page.
 *
 * @param messageKey the label's key in the message bundles
 * @param href the page
 * @param roles the roles (without {@code ROLE_}) that see the entry; empty means every signed-in user
 * @param order position, ascending
 */
public record NavItem(String messageKey, String href, Set<String> roles, int order) {

	public NavItem {
		roles = Set.copyOf(roles);
	}
}
