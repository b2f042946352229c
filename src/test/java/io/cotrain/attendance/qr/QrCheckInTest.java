package io.cotrain.attendance.qr;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import io.cotrain.CoTrainTest;
import io.cotrain.attendance.session.SessionPolicies;
import io.cotrain.attendance.session.SessionPolicy;
import io.cotrain.employee.TestStaff;
import io.cotrain.tenancy.TestBrowser;
import io.cotrain.tenancy.TestTenants;
import io.cotrain.training.Occurrences.OccurrenceForm;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * QR check-in (issue 6 acceptance): forged, expired and other sessions' codes are refused with a clear message, so is a
 * valid code from someone not on the roster; one browser checking in two people, or one person from two browsers, is
 * flagged; a login in between returns to the check-in with its code; another tenant cannot check in.
 */
@CoTrainTest
class QrCheckInTest extends QrTestSupport {

	@Autowired
	SessionPolicies policies;

	@Test
	void aForgedExpiredOrOtherSessionsCodeIsRefusedWithAClearMessage() {
		String c1 = f.learner("c1", f.c1);
		UUID other = f.staff.in(() -> occurrences.create(f.programme, new OccurrenceForm(f.workshop, f.staff.east.id(),
				QrFixture.START, QrFixture.START.plusSeconds(3600), "另一间培训室", null, null, java.util.List.of(f.east.id())))).id();
		at(-60);
		String code = code(f.session);

		HttpResponse<String> forged = checkIn(c1, "AAAAAAAAAAAAAAAA", "b1");
		assertThat(forged.statusCode()).isEqualTo(422);
		assertThat(reason(forged)).isEqualTo("attendance.qr.invalid");
		assertThat(forged.body()).contains("该签到码对本课次无效");
		assertThat(reason(checkIn(c1, code(other), "b1"))).as("another session's current code").isEqualTo("attendance.qr.invalid");

		at(-60 + 30);
		HttpResponse<String> expired = checkIn(c1, code, "b1");
		assertThat(expired.statusCode()).isEqualTo(422);
		assertThat(reason(expired)).isEqualTo("attendance.qr.expired");

		// the same on the phone's page, in its language
		TestBrowser phone = browser(c1);
		assertThat(phone.get("/check-in/" + f.session + "?c=" + code).body()).contains("签到码已过期，请重新扫描").doesNotContain("checkInForm");
		HttpResponse<String> posted = phone.postForm("/check-in/" + f.session, Map.of("c", code, "fingerprint", "b1"),
				TestBrowser.csrf(phone.get("/check-in/" + f.session + "?c=" + code(f.session))));
		assertThat(posted.body()).contains("签到未成功", "签到码已过期");
		assertThat(phone.get("/check-in/" + f.session + "?c=" + code(other) + "&lang=en").body())
			.contains("This code is not valid for this session");
		assertThat(f.staff.in(() -> jdbc.sql("select count(*) from checkin").query(Long.class).single())).isZero();
	}

	@Test
	void aValidCodeFromSomeoneNotOnTheRosterIsRefused() {
		at(0);
		HttpResponse<String> refused = checkIn(f.learner("c3", f.c3), code(f.session), "b3");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(reason(refused)).isEqualTo("attendance.checkin.notOnRoster");
		assertThat(refused.body()).contains("您不在本课次的名单上");
		assertThat(reason(checkIn(f.staff.hr(), code(f.session), "hr"))).as("a login without an employee")
			.isEqualTo("attendance.qr.noEmployee");
	}

	@Test
	void membersCheckInPresentThenLateAndOnceOnly() {
		String c1 = f.learner("c1", f.c1);
		at(-10 * 60);
		HttpResponse<String> first = checkIn(c1, code(f.session), "b1");
		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		JsonNode body = http.json(first);
		assertThat(body.get("status").asString()).isEqualTo("PRESENT");
		assertThat(body.get("checkedInAt").asString()).isEqualTo("2026-07-08T00:50:00Z");
		assertThat(body.get("already").asBoolean()).isFalse();
		assertThat(body.get("flagged").asBoolean()).isFalse();
		at(-5 * 60);
		HttpResponse<String> again = checkIn(c1, code(f.session), "b1");
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(http.json(again).get("already").asBoolean()).isTrue();
		assertThat(http.json(again).get("checkedInAt").asString()).isEqualTo("2026-07-08T00:50:00Z");

		// the phone page: late after 09:05, time in the session's zone
		at(6 * 60);
		TestBrowser phone = browser(f.learner("c2", f.c2));
		String page = phone.get("/check-in/" + f.session + "?c=" + code(f.session)).body();
		assertThat(page).contains("id=\"checkInForm\"", "协同工作坊", "/js/check-in.js");
		HttpResponse<String> result = phone.postForm("/check-in/" + f.session, Map.of("c", code(f.session), "fingerprint", "b2",
				"latitude", "", "longitude", "", "accuracy", ""), TestBrowser.csrf(phone.get("/check-in/" + f.session + "?c=" + code(f.session))));
		assertThat(result.body()).contains("签到成功（迟到）", "签到时间 2026-07-08 09:06:00（East）");
		assertThat(f.staff.in(() -> occurrences.members(f.session)).stream().filter(m -> m.status() != null)
			.map(m -> m.employeeId() + "=" + m.status())).containsExactlyInAnyOrder(f.c1.id() + "=PRESENT", f.c2.id() + "=LATE");
	}

	@Test
	void theSameBrowserCheckingInTwoPeopleIsFlaggedForBoth() {
		at(0);
		assertThat(http.json(checkIn(f.learner("c1", f.c1), code(f.session), "shared-phone")).get("flagged").asBoolean()).isFalse();
		HttpResponse<String> second = checkIn(f.learner("c2", f.c2), code(f.session), "shared-phone");
		assertThat(second.statusCode()).isEqualTo(201);
		assertThat(http.json(second).get("flagged").asBoolean()).isTrue();
		assertThat(flags(f.c1)).containsExactly("SHARED_DEVICE");
		assertThat(flags(f.c2)).containsExactly("SHARED_DEVICE");
		assertThat(flags(f.k1)).isEmpty();
	}

	@Test
	void onePersonFromTwoBrowsersIsFlagged() {
		String c1 = f.learner("c1", f.c1);
		at(0);
		assertThat(checkIn(c1, code(f.session), "phone").statusCode()).isEqualTo(201);
		HttpResponse<String> again = checkIn(c1, code(f.session), "laptop");
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(http.json(again).get("flagged").asBoolean()).isTrue();
		assertThat(flags(f.c1)).containsExactly("SECOND_DEVICE");
	}

	@Test
	void aValidCodeOutsideTheWindowOrPlaceIsRefused() {
		String c1 = f.learner("c1", f.c1);
		at(-16 * 60);
		assertThat(reason(checkIn(c1, code(f.session), "b1"))).isEqualTo("attendance.checkin.notOpen");
		at(15 * 60);
		HttpResponse<String> closed = checkIn(c1, code(f.session), "b1");
		assertThat(reason(closed)).isEqualTo("attendance.checkin.closed");

		at(0);
		f.staff.in(() -> policies.save(occurrences.find(f.session).orElseThrow(), new SessionPolicies.PolicyForm(null, null, null, null,
				SessionPolicy.Methods.BOTH, "10.0.0.0/8", null, null, null), "test"));
		assertThat(reason(checkIn(c1, code(f.session), "b1"))).isEqualTo("attendance.checkin.outsideNetwork");
		f.staff.in(() -> policies.save(occurrences.find(f.session).orElseThrow(), new SessionPolicies.PolicyForm(null, null, null, null,
				SessionPolicy.Methods.BOTH, null, 31.2304, 121.4737, 200), "test"));
		TestBrowser phone = browser(c1);
		String page = phone.get("/check-in/" + f.session + "?c=" + code(f.session)).body();
		assertThat(page).contains("data-needs-location=\"true\"");
		HttpResponse<String> noLocation = phone.postForm("/check-in/" + f.session, Map.of("c", code(f.session), "fingerprint", "b1"),
				TestBrowser.csrf(phone.get("/check-in/" + f.session + "?c=" + code(f.session))));
		assertThat(noLocation.body()).contains("本课次需要您的位置才能签到");
		HttpResponse<String> far = http.post("/api/v1/sessions/" + f.session + "/check-ins", basic(c1),
				"{\"code\":\"%s\",\"fingerprint\":\"b1\",\"latitude\":31.2404,\"longitude\":121.4737,\"accuracy\":20}".formatted(code(f.session)));
		assertThat(reason(far)).isEqualTo("attendance.checkin.outsideArea");
		HttpResponse<String> near = http.post("/api/v1/sessions/" + f.session + "/check-ins", basic(c1),
				"{\"code\":\"%s\",\"fingerprint\":\"b1\",\"latitude\":31.2310,\"longitude\":121.4737,\"accuracy\":20}".formatted(code(f.session)));
		assertThat(near.statusCode()).as(near.body()).isEqualTo(201);
		assertThat(f.staff.in(() -> jdbc.sql("select ip || ' ' || latitude || ' ' || fingerprint from checkin where employee_id = :e")
			.param("e", f.c1.id().value()).query(String.class).single())).isEqualTo("127.0.0.1 31.231 b1");
	}

	@Test
	void aLoginInBetweenReturnsToTheCheckInWithItsCode() {
		String c1 = f.learner("c1", f.c1);
		at(0);
		String code = code(f.session);
		String url = "/check-in/" + f.session + "?c=" + code;
		TestBrowser phone = new TestBrowser(port);
		assertThat(TestBrowser.redirectPath(phone.get(url))).isEqualTo("/login");
		String back = phone.login(c1, TestTenants.PASSWORD);
		assertThat(back).startsWith(url); // Spring's saved request, marked with its "continue" parameter
		String page = phone.get(back).body();
		assertThat(page).contains("id=\"checkInForm\"", "name=\"c\" value=\"" + code + "\"");

		// the code expired while logging in: say so clearly
		TestBrowser slow = new TestBrowser(port);
		slow.get(url);
		at(40);
		String late = slow.login(c1, TestTenants.PASSWORD);
		assertThat(late).startsWith(url);
		assertThat(slow.get(late).body()).contains("签到码已过期，请重新扫描").doesNotContain("id=\"checkInForm\"");
	}

	@Test
	void anotherTenantCannotCheckInOrOpenTheScreen() {
		at(0);
		TestStaff other = new TestStaff(provisioning, directory, organisation, registry, accounts);
		String stranger = other.login("stranger", java.util.Set.of(io.cotrain.tenancy.Role.EMPLOYEE), java.util.Set.of(),
				other.hire("101", "外人", other.east, other.clerk));
		assertThat(checkIn(stranger, code(f.session), "x").statusCode()).isEqualTo(404);
		assertThat(browser(stranger).get("/check-in/" + f.session + "?c=" + code(f.session)).statusCode()).isEqualTo(404);
		assertThat(browser(other.hr()).get("/sessions/" + f.session + "/screen").statusCode()).isEqualTo(404);
		assertThat(http.get("/api/v1/sessions/" + f.session + "/qr", basic(other.hr())).statusCode()).isEqualTo(404);
		assertThat(f.staff.in(() -> jdbc.sql("select count(*) from checkin").query(Long.class).single())).isZero();
	}
}
