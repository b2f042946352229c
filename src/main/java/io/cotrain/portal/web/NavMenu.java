package io.cotrain.portal.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cotrain.portal.NavGroup;
import io.cotrain.portal.NavItem;

/**
 * The navigation as the layout shows it: top-level items and drop-down menus in one order, and the items of
 * {@link NavGroup#ACCOUNT}, which go to the user's menu on the right.
 *
 * @param entries ordered by the item's order, a menu by its group's order (the lowest, when modules declare the
 *        same group key with different orders)
 * @param account the items of {@link NavGroup#ACCOUNT}, ordered
 * @param currentHref the href of the item the current page belongs to (the longest one that is the path or a
 *        parent of it), or null
 */
public record NavMenu(List<Entry> entries, List<NavItem> account, String currentHref) {

	/** A top-level item ({@code group} null, one item) or a drop-down menu. */
	public record Entry(NavGroup group, List<NavItem> items) {

		public boolean isMenu() {
			return group != null;
		}

		public NavItem item() {
			return items.get(0);
		}

		/** Whether the item, or an item of the menu, has {@code href}. */
		public boolean has(String href) {
			return href != null && items.stream().anyMatch(i -> i.href().equals(href));
		}

		int order() {
			return isMenu() ? group.order() : item().order();
		}
	}

	/** @param visible the items the user may see; {@code path} the current page's */
	static NavMenu of(List<NavItem> visible, String path) {
		List<NavItem> sorted = visible.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
		Map<String, List<NavItem>> menus = new LinkedHashMap<>();
		Map<String, NavGroup> groups = new LinkedHashMap<>();
		List<Entry> entries = new ArrayList<>();
		for (NavItem item : sorted) {
			NavGroup group = item.group();
			if (group == null) {
				entries.add(new Entry(null, List.of(item)));
				continue;
			}
			menus.computeIfAbsent(group.messageKey(), k -> new ArrayList<>()).add(item);
			groups.merge(group.messageKey(), group, (a, b) -> a.order() <= b.order() ? a : b);
		}
		List<NavItem> account = menus.getOrDefault(NavGroup.ACCOUNT.messageKey(), List.of());
		groups.remove(NavGroup.ACCOUNT.messageKey());
		groups.forEach((key, group) -> entries.add(new Entry(group, List.copyOf(menus.get(key)))));
		entries.sort(Comparator.comparingInt(Entry::order));
		String current = sorted.stream().map(NavItem::href)
			.filter(href -> path != null && (path.equals(href) || path.startsWith(href.endsWith("/") ? href : href + "/")))
			.max(Comparator.comparingInt(String::length)).orElse(null);
		return new NavMenu(List.copyOf(entries), List.copyOf(account), current);
	}
}
