package io.cotrain.notification;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cotrain.CoTrainTest;
import io.cotrain.notification.delivery.Preferences;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantInfo;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.tenancy.TestBrowser;
import io.cotrain.tenancy.TestHttp;
import io.cotrain.tenancy.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's own channel switches: the page and the API show the state in force and whose choice it is, and change only
 * the caller's own preferences, which the delivery then follows.
 */
@CoTrainTest
class PreferencesTest {

	private static final String API = "/api/v1/me/notification-preferences";

	@LocalServerPort
	int port;
	@Autowired
	JsonMapper json;
	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	Accounts accounts;
	@Autowired
	Preferences preferences;

	TenantInfo tenant;
	TestHttp http;
	UUID anna;
	UUID bob;

	@BeforeEach
	void setUp() {
		tenant = TestTenants.provision(provisioning);
		http = new TestHttp(port, json);
		anna = TestTenants.account(accounts, tenant, "anna", Role.EMPLOYEE).id().value();
		bob = TestTenants.account(accounts, tenant, "bob", Role.EMPLOYEE).id().value();
		TenantScope.call(TenantScope.allRegions(tenant.id()), () -> {
			preferences.set(null, Channel.SMS, false);
			return null;
		});
	}

	@Test
	void thePageShowsTheStateInForceAndRecordsOnlyWhatTheUserChanged() {
		TestBrowser browser = new TestBrowser(port).signIn("anna@" + tenant.code(), TestTenants.PASSWORD);
		assertThat(browser.get("/inbox").body()).contains("href=\"/inbox/preferences\"");
		HttpResponse<String> page = browser.get("/inbox/preferences");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(channel(page.body(), "SMS")).doesNotContain("checked").contains("公司设置");
		assertThat(channel(page.body(), "IN_APP")).contains("checked", "默认开启");
		assertThat(page.body()).contains("强制通知不受这些设置影响");

		// switching SMS on: anna's own choice; bob still follows the tenant's "off"
		HttpResponse<String> on = browser.postForm("/inbox/preferences", Map.of("channels", "SMS", "on", "SMS"), TestBrowser.csrf(page));
		assertThat(TestBrowser.redirectPath(on)).isEqualTo("/inbox/preferences");
		assertThat(enabled(Channel.SMS, anna)).isTrue();
		assertThat(enabled(Channel.SMS, bob)).isFalse();

		// switching in-app off, sent without "on"
		browser.postForm("/inbox/preferences", Map.of("channels", "IN_APP"), TestBrowser.csrf(page));
		assertThat(enabled(Channel.IN_APP, anna)).isFalse();
		assertThat(enabled(Channel.IN_APP, bob)).isTrue();

		HttpResponse<String> after = browser.get("/inbox/preferences");
		assertThat(channel(after.body(), "SMS")).contains("checked", "您的设置", "改用公司设置（关闭）");
		assertThat(channel(after.body(), "IN_APP")).doesNotContain("checked").contains("您的设置");
		assertThat(channel(after.body(), "MAIL")).as("untouched").contains("checked", "默认开启");
		assertThat(sources(anna)).containsExactly("IN_APP false ACCOUNT", "SMS true ACCOUNT", "MAIL true DEFAULT", "ROBOT true DEFAULT");

		// an unchanged switch records nothing: MAIL keeps following the tenant
		browser.postForm("/inbox/preferences", Map.of("channels", "MAIL", "on", "MAIL"), TestBrowser.csrf(after));
		assertThat(sources(anna)).contains("MAIL true DEFAULT");

		// back to the company's choice
		browser.postForm("/inbox/preferences", Map.of("follow", "SMS"), TestBrowser.csrf(after));
		assertThat(enabled(Channel.SMS, anna)).isFalse();
		assertThat(sources(anna)).contains("SMS false TENANT", "IN_APP false ACCOUNT");
		assertThat(sources(bob)).containsExactly("IN_APP true DEFAULT", "SMS false TENANT", "MAIL true DEFAULT", "ROBOT true DEFAULT");
	}

	@Test
	void theApiReadsAndChangesOnlyTheCallersOwnPreferences() {
		String basic = TestHttp.basic("anna@" + tenant.code(), TestTenants.PASSWORD);
		JsonNode states = http.json(http.get(API, basic));
		assertThat(states).hasSize(4);
		assertThat(states.get(1).get("channel").asString()).isEqualTo("SMS");
		assertThat(states.get(1).get("enabled").asBoolean()).isFalse();
		assertThat(states.get(1).get("source").asString()).isEqualTo("TENANT");

		HttpResponse<String> put = http.send("PUT", API, basic, "{\"MAIL\": false, \"SMS\": true}");
		assertThat(put.statusCode()).isEqualTo(200);
		assertThat(http.json(put).get(2).get("source").asString()).isEqualTo("ACCOUNT");
		assertThat(enabled(Channel.MAIL, anna)).isFalse();
		assertThat(enabled(Channel.SMS, anna)).isTrue();
		assertThat(enabled(Channel.MAIL, bob)).isTrue();
		assertThat(enabled(Channel.SMS, bob)).isFalse();

		assertThat(http.send("PUT", API, basic, "{\"MAIL\": null}").statusCode()).isEqualTo(200);
		assertThat(sources(anna)).contains("MAIL true DEFAULT", "SMS true ACCOUNT");

		// no way to name another account, and no unknown channel
		assertThat(http.send("PUT", API, basic, "{\"accountId\": \"" + bob + "\", \"MAIL\": false}").statusCode()).isEqualTo(400);
		assertThat(http.send("PUT", API, basic, "{\"FAX\": true}").statusCode()).isEqualTo(400);
		assertThat(enabled(Channel.MAIL, anna)).isTrue();
		assertThat(sources(bob)).containsExactly("IN_APP true DEFAULT", "SMS false TENANT", "MAIL true DEFAULT", "ROBOT true DEFAULT");
		assertThat(http.get(API, null).statusCode()).isEqualTo(401);
	}

	private boolean enabled(Channel channel, UUID account) {
		return TenantScope.call(TenantScope.allRegions(tenant.id()), () -> preferences.enabled(channel, account));
	}

	private List<String> sources(UUID account) {
		return TenantScope.call(TenantScope.allRegions(tenant.id()), () -> preferences.effective(account).stream()
			.map(e -> e.channel() + " " + e.enabled() + " " + e.source()).toList());
	}

	/** The page's row of one channel: from its {@code data-channel} to the next row (or the form's end). */
	private static String channel(String page, String channel) {
		int start = page.indexOf("data-channel=\"" + channel + "\"");
		assertThat(start).as("row of " + channel).isNotNegative();
		int next = page.indexOf("data-channel=", start + 1);
		return page.substring(start, next < 0 ? page.indexOf("</form>", start) : next);
	}
}
