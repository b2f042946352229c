package io.cotrain.portal;

/**
 * A drop-down menu of the main navigation that {@link NavItem}s may join. Groups are told apart by their message
 * key, so a module may use one of the constants below or declare a group of its own.
 *
 * @param messageKey the menu label's key in the message bundles
 * @param order position of the menu among the top-level entries, ascending (compared with ungrouped items' order)
 */
public record NavGroup(String messageKey, int order) {

	/** Employees, org units, positions, tags. */
	public static final NavGroup ORGANISATION = new NavGroup("nav.group.organisation", 100);

	/** Competency model, position requirements, KPIs, work scenarios and need analysis. */
	public static final NavGroup COMPETENCY = new NavGroup("nav.group.competency", 200);

	/** Regions, accounts, audit log, settings. */
	public static final NavGroup SYSTEM = new NavGroup("nav.group.system", 800);

	/** Not a drop-down of the main navigation: its items appear in the signed-in user's menu on the right. */
	public static final NavGroup ACCOUNT = new NavGroup("nav.group.account", Integer.MAX_VALUE);

	public NavGroup {
		java.util.Objects.requireNonNull(messageKey, "messageKey");
	}
}
