package io.cotrain.attendance.qr;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cotrain.CoTrainTest;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TestBrowser;
import io.cotrain.tenancy.TestTenants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The session screen and its code: who may open them (HR, region admins and kiosks of the region, the session's
 * mentors; learners and auditors 403), what they show inside and outside the window, and a kiosk account that opens
 * nothing else.
 */
@CoTrainTest
class SessionScreenTest extends QrTestSupport {

	private static final Pattern CHECK_IN_URL = Pattern.compile("id=\"checkInUrl\" href=\"([^\"]+)\"");

	private String screen() {
		return "/sessions/" + f.session + "/screen";
	}

	private String qr() {
		return "/api/v1/sessions/" + f.session + "/qr";
	}

	@Test
	void learnersAndAuditorsGet403OnScreenAndCode() {
		at(0);
		String learner = f.learner("c1", f.c1);
		String auditor = f.login("auditor", Role.AUDITOR, null);
		String otherMentor = f.login("south.sup", Role.MENTOR, f.southSupervisor);
		for (String user : new String[] { learner, auditor, otherMentor }) {
			TestBrowser browser = browser(user);
			assertThat(browser.get(screen()).statusCode()).as("%s: screen", user).isEqualTo(403);
			assertThat(browser.get(screen() + "/code").statusCode()).as("%s: code", user).isEqualTo(403);
			assertThat(http.get(qr(), basic(user)).statusCode()).as("%s: QR JSON", user).isEqualTo(403);
		}
	}

	@Test
	void hrRegionAdminsTheSessionsMentorsAndKiosksOpenIt() {
		at(0);
		String eastAdmin = f.login("east.admin", Role.REGION_ADMIN, null, f.staff.east);
		String southAdmin = f.login("south.admin", Role.REGION_ADMIN, null, f.staff.south);
		String mentor = f.login("supervisor", Role.MENTOR, f.supervisor);
		String kiosk = f.login("kiosk", Role.KIOSK, null);
		String eastKiosk = f.login("kiosk.east", Role.KIOSK, null, f.staff.east);
		String southKiosk = f.login("kiosk.south", Role.KIOSK, null, f.staff.south);
		for (String user : new String[] { f.staff.hr(), eastAdmin, mentor, kiosk, eastKiosk }) {
			assertThat(browser(user).get(screen()).statusCode()).as("%s: screen", user).isEqualTo(200);
			assertThat(http.get(qr(), basic(user)).statusCode()).as("%s: QR JSON", user).isEqualTo(200);
		}
		for (String user : new String[] { southAdmin, southKiosk }) {
			assertThat(http.get(qr(), basic(user)).statusCode()).as("%s: another region's session", user).isEqualTo(404);
		}
	}

	@Test
	void theCodeIsShownOnlyInsideTheWindowAndLeadsToTheCheckInPage() {
		TestBrowser hr = browser(f.staff.hr());
		at(-16 * 60);
		String before = hr.get(screen()).body();
		assertThat(before).contains("协同工作坊", "2026-07-08 09:00–11:00", "上海总部 3F 培训室", "签到将于 08:45 开放").doesNotContain("<svg");
		JsonNode closedQr = http.json(http.get(qr(), basic(f.staff.hr())));
		assertThat(closedQr.get("state").asString()).isEqualTo("NOT_OPEN");
		assertThat(closedQr.get("code").isNull()).isTrue();
		assertThat(closedQr.get("windowOpensAt").asString()).isEqualTo("2026-07-08T00:45:00Z");

		at(-15 * 60 + 3);
		JsonNode open = http.json(http.get(qr(), basic(f.staff.hr())));
		String code = open.get("code").asString();
		assertThat(code).isEqualTo(code(f.session));
		assertThat(open.get("url").asString()).isEqualTo("http://localhost:" + port + "/check-in/" + f.session + "?c=" + code);
		assertThat(open.get("validUntil").asString()).isEqualTo("2026-07-08T00:45:15Z");
		assertThat(open.get("windowClosesAt").asString()).isEqualTo("2026-07-08T01:15:00Z");
		String page = hr.get(screen()).body();
		assertThat(page).contains("<svg", "签到开放至 09:15", "id=\"checkedInCount\">0<");
		Matcher url = CHECK_IN_URL.matcher(page);
		assertThat(url.find()).isTrue();
		assertThat(url.group(1)).isEqualTo(open.get("url").asString());
		assertThat(page).contains("hx-trigger=\"load delay:12300ms\"");

		// the fragment htmx fetches: the next code once the step is over, and the count goes up with a check-in
		at(-15 * 60 + 15);
		assertThat(checkIn(f.learner("c1", f.c1), code(f.session), "browser-1").statusCode()).isEqualTo(201);
		String fragment = hr.get(screen() + "/code", java.util.Map.of("HX-Request", "true")).body();
		assertThat(fragment).startsWith("<section").doesNotContain("<html").contains("id=\"checkedInCount\">1<")
			.contains("?c=" + code(f.session)).doesNotContain("?c=" + code);

		at(15 * 60);
		assertThat(hr.get(screen()).body()).contains("签到已于 09:15 结束").doesNotContain("<svg");
		assertThat(http.json(http.get(qr(), basic(f.staff.hr()))).get("state").asString()).isEqualTo("CLOSED");
	}

	@Test
	void aKioskOpensSessionScreensAndNothingElse() {
		at(0);
		String kiosk = f.login("kiosk", Role.KIOSK, null, f.staff.east);
		TestBrowser browser = new TestBrowser(port);
		assertThat(browser.login(kiosk, TestTenants.PASSWORD)).isEqualTo("/");
		assertThat(TestBrowser.redirectPath(browser.get("/"))).isEqualTo("/sessions/screens");
		HttpResponse<String> list = browser.get("/sessions/screens");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("/sessions/" + f.session + "/screen", "协同工作坊");
		assertThat(browser.get(screen()).statusCode()).isEqualTo(200);
		for (String path : new String[] { "/inbox", "/me", "/employees", "/employees/" + f.c1.id().value(), "/programmes", "/my/training",
				"/check-in/" + f.session + "?c=" + code(f.session) }) {
			assertThat(browser.get(path).statusCode()).as(path).isEqualTo(403);
		}
		for (String path : new String[] { "/api/v1/me", "/api/v1/inbox", "/api/v1/employees/" + f.c1.id().value() }) {
			assertThat(http.get(path, basic(kiosk)).statusCode()).as(path).isEqualTo(403);
		}
		assertThat(checkIn(kiosk, code(f.session), "kiosk").statusCode()).isEqualTo(403);
		HttpResponse<String> out = browser.postForm("/logout", java.util.Map.of(), TestBrowser.csrf(browser.get("/sessions/screens")));
		assertThat(TestBrowser.redirectPath(out)).as("a kiosk can sign out").isEqualTo("/login?logout");
	}

	@Test
	void aKioskHasNoOtherRole() {
		assertThatThrownBy(() -> f.staff.in(() -> accounts.create(new Accounts.NewAccount("kiosk.hr", "Kiosk", Set.of(Role.KIOSK,
				Role.HR_ADMIN), Set.of(), java.util.Locale.SIMPLIFIED_CHINESE, TestTenants.PASSWORD, null))))
			.isInstanceOfSatisfying(RuleViolationException.class,
					e -> assertThat(e.violations()).anySatisfy(v -> assertThat(v.code()).isEqualTo("validation.account.kioskAlone")));
	}
}
