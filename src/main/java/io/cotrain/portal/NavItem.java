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
 * @param order position, ascending (within its group, if it has one)
 * @param group the drop-down menu the entry belongs to, or null for a top-level entry
 */
public record NavItem(String messageKey, String descriptionKey, String href, Set<String> roles, int order, NavGroup group) {

	public NavItem {
		roles = Set.copyOf(roles);
	}

	/** A top-level entry. */
	public NavItem(String messageKey, String descriptionKey, String href, Set<String> roles, int order) {
		this(messageKey, descriptionKey, href, roles, order, null);
	}

	/** This entry in {@code group}'s drop-down menu. */
	public NavItem in(NavGroup group) {
		return new NavItem(messageKey, descriptionKey, href, roles, order, group);
	}
}
