package io.cotrain.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cotrain.CoTrainTest;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.TestStaff;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TestBrowser;
import io.cotrain.tenancy.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The navigation bar groups the modules' pages into drop-down menus, showing each user only what their roles allow. */
@CoTrainTest
class NavigationTest {

	private static final Pattern MENU = Pattern.compile("data-nav-group=\"([\\w.]+)\">([\\s\\S]*?)</ul>");
	private static final Pattern HREF = Pattern.compile("href=\"([^\"?]+)\"");

	@LocalServerPort
	int port;
	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	TenantDirectory directory;
	@Autowired
	Organisation organisation;
	@Autowired
	EmployeeRegistry registry;
	@Autowired
	Accounts accounts;

	private TestStaff staff;

	@BeforeEach
	void company() {
		staff = new TestStaff(provisioning, directory, organisation, registry, accounts);
	}

	@Test
	void hrSeesEveryPageInItsMenuAndTheLandingPageStillListsThem() {
		String home = browser(staff.hr()).get("/").body();

		assertThat(menus(home)).containsExactly(
				Map.entry("nav.group.organisation", List.of("/employees", "/org-units", "/positions", "/tags")),
				Map.entry("nav.group.competency", List.of("/competencies", "/competencies/requirements", "/kpis", "/scenarios",
						"/assessments/import", "/kpi-records/import")),
				Map.entry("nav.group.training", List.of("/programmes", "/sessions", "/corrections", "/materials", "/sessions/screens")),
				Map.entry("nav.group.system", List.of("/regions", "/accounts", "/audit", "/settings", "/notifications/channels",
						"/notifications/deliveries", "/notifications/templates", "/devices", "/devices/punches")));
		assertThat(topLevel(home)).containsExactly("/");
		assertThat(userMenu(home)).containsExactly("/inbox", "/me");
		assertThat(home).contains(">组织与人员</button>", ">能力与绩效</button>", ">系统</button>");
		assertThat(quickAccess(home)).contains("/employees", "/org-units", "/positions", "/tags", "/competencies", "/kpis", "/scenarios",
				"/regions", "/accounts", "/audit", "/settings", "/me");
	}

	@Test
	void menusHoldOnlyWhatTheRolesAllow() {
		String auditor = browser(staff.login("auditor", Set.of(Role.AUDITOR), Set.of(), null)).get("/kpis").body();
		assertThat(menus(auditor)).containsEntry("nav.group.system", List.of("/regions", "/audit", "/devices", "/devices/punches"))
			.containsEntry("nav.group.competency", List.of("/competencies", "/competencies/requirements", "/kpis", "/scenarios"));
		assertThat(auditor).as("the current page's menu and item are marked")
			.containsPattern("class=\"nav-link dropdown-toggle active\"[^>]*>能力与绩效<");
		assertThat(Pattern.compile("<a class=\"dropdown-item active\"[^>]*>").matcher(auditor).results().map(r -> r.group()).toList())
			.singleElement().satisfies(a -> assertThat(a).contains("href=\"/kpis\"", "aria-current=\"page\""));

		String employee = browser(staff.login("clerk", Set.of(Role.EMPLOYEE), Set.of(),
				staff.hire("0001", "Clerk", staff.east, staff.clerk))).get("/").body();
		assertThat(menus(employee)).isEmpty();
		assertThat(topLevel(employee)).containsExactly("/", "/employees/me", "/my/training", "/my/check-ins");
		assertThat(userMenu(employee)).containsExactly("/inbox", "/me");

		String mentor = browser(staff.login("mentor", Set.of(Role.MENTOR), Set.of(),
				staff.hire("0002", "Mentor", staff.east, staff.supervisor))).get("/").body();
		assertThat(menus(mentor)).containsEntry("nav.group.training", List.of("/mentoring/sessions", "/sessions", "/corrections",
				"/sessions/screens"));
	}

	private TestBrowser browser(String username) {
		return new TestBrowser(port).signIn(username, TestTenants.PASSWORD);
	}

	/** Each drop-down menu of the main navigation by its group key, with its items' hrefs. */
	private static Map<String, List<String>> menus(String html) {
		Map<String, List<String>> menus = new LinkedHashMap<>();
		Matcher m = MENU.matcher(mainMenu(html));
		while (m.find()) {
			menus.put(m.group(1), hrefs(m.group(2)));
		}
		return menus;
	}

	/** The hrefs of the main navigation's top-level links. */
	private static List<String> topLevel(String html) {
		return hrefs(String.join("", Pattern.compile("<a class=\"nav-link[\" ][^>]*>").matcher(mainMenu(html)).results()
			.map(r -> r.group()).toList()));
	}

	private static List<String> userMenu(String html) {
		String menu = html.substring(html.indexOf("id=\"userMenu\""));
		return hrefs(menu.substring(0, menu.indexOf("</ul>")));
	}

	private static List<String> quickAccess(String html) {
		String list = html.substring(html.indexOf("id=\"quick-access\""));
		return hrefs(list.substring(0, list.indexOf("</section>")));
	}

	private static String mainMenu(String html) {
		String menu = html.substring(html.indexOf("id=\"mainMenu\""));
		return menu.substring(0, menu.indexOf("id=\"userMenu\""));
	}

	private static List<String> hrefs(String html) {
		return HREF.matcher(html).results().map(r -> r.group(1)).toList();
	}
}
