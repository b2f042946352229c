package io.cotrain.portal.web;

import java.util.List;
import java.util.Set;

import io.cotrain.portal.NavGroup;
import io.cotrain.portal.NavItem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the navigation bar arranges the items: top-level entries and menus in one order, the account menu apart. */
class NavMenuTest {

	private static NavItem item(String key, String href, int order, NavGroup group) {
		return new NavItem(key, null, href, Set.of(), order, group);
	}

	@Test
	void groupsItemsIntoMenusOrderedByTheGroupsAndTheItemsOrder() {
		NavGroup reports = new NavGroup("nav.group.reports", 500);
		NavMenu menu = NavMenu.of(List.of(
				item("tags", "/tags", 130, NavGroup.ORGANISATION),
				item("archive", "/employees/me", 140, null),
				item("employees", "/employees", 100, NavGroup.ORGANISATION),
				item("rates", "/rates", 10, reports),
				item("regions", "/regions", 800, NavGroup.SYSTEM),
				item("tenants", "/platform/tenants", 900, null),
				item("me", "/me", 990, NavGroup.ACCOUNT)), "/");

		assertThat(menu.entries()).extracting(e -> e.isMenu() ? e.group().messageKey() : e.item().messageKey())
			.containsExactly("nav.group.organisation", "archive", "nav.group.reports", "nav.group.system", "tenants");
		assertThat(menu.entries().get(0).items()).extracting(NavItem::messageKey).containsExactly("employees", "tags");
		assertThat(menu.account()).extracting(NavItem::href).containsExactly("/me");
	}

	@Test
	void theSameGroupKeyIsOneMenuAtItsLowestOrder() {
		NavMenu menu = NavMenu.of(List.of(
				item("kpis", "/kpis", 220, NavGroup.COMPETENCY),
				item("imports", "/kpi-imports", 230, new NavGroup("nav.group.competency", 150)),
				item("employees", "/employees", 100, NavGroup.ORGANISATION)), "/");

		assertThat(menu.entries()).extracting(e -> e.group().order()).containsExactly(100, 150);
		assertThat(menu.entries().get(1).items()).extracting(NavItem::href).containsExactly("/kpis", "/kpi-imports");
	}

	@Test
	void theCurrentItemIsTheLongestHrefThatIsThePathOrItsParent() {
		List<NavItem> items = List.of(item("c", "/competencies", 1, NavGroup.COMPETENCY),
				item("r", "/competencies/requirements", 2, NavGroup.COMPETENCY), item("e", "/employees", 3, null),
				item("me", "/employees/me", 4, null));

		assertThat(NavMenu.of(items, "/competencies/requirements").currentHref()).isEqualTo("/competencies/requirements");
		assertThat(NavMenu.of(items, "/competencies/4/edit").currentHref()).isEqualTo("/competencies");
		assertThat(NavMenu.of(items, "/employees/me").currentHref()).isEqualTo("/employees/me");
		assertThat(NavMenu.of(items, "/employees-export").currentHref()).isNull();
		assertThat(NavMenu.of(items, "/").currentHref()).isNull();
		assertThat(NavMenu.of(items, "/competencies/4/edit").entries()).extracting(e -> e.has("/competencies"))
			.containsExactly(false, false, true);
	}

	@Test
	void existingCallersWithoutAGroupStayTopLevel() {
		NavItem plain = new NavItem("x", "x.description", "/x", Set.of("HR_ADMIN"), 5);
		assertThat(plain.group()).isNull();
		assertThat(plain.in(NavGroup.SYSTEM)).isEqualTo(new NavItem("x", "x.description", "/x", Set.of("HR_ADMIN"), 5, NavGroup.SYSTEM));
	}
}
