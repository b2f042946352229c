package io.cotrain.notification;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cotrain.CoTrainTest;
import io.cotrain.notification.delivery.DeliveryWorker;
import io.cotrain.tenancy.AccountId;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The inbox page, its badge and the API: each user sees and marks only their own notices, in their language. */
@CoTrainTest
class InboxTest {

	@LocalServerPort
	int port;
	@Autowired
	JsonMapper json;
	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	Accounts accounts;
	@Autowired
	Notifications notifications;
	@Autowired
	DeliveryWorker worker;
	@Autowired
	PlatformTransactionManager transactions;

	TenantInfo tenant;
	TestHttp http;
	UUID anna;
	UUID bob;

	@BeforeEach
	void setUp() {
		tenant = TestTenants.provision(provisioning);
		http = new TestHttp(port, json);
		anna = TestTenants.account(accounts, tenant, "anna", Role.EMPLOYEE).id().value();
		bob = TenantScope.call(TenantScope.allRegions(tenant.id()), () -> accounts.create(new Accounts.NewAccount("bob", "Bob",
				Set.of(Role.EMPLOYEE), Set.of(), Locale.ENGLISH, TestTenants.PASSWORD, null)).account().id().value());
		notify(anna, "/me", "张经理");
		notify(anna, null, "李主管");
		notify(bob, null, "Wang");
		worker.runOnce();
	}

	@Test
	void theApiListsOnlyTheCallersOwnNoticesAndMarksThemRead() {
		JsonNode annas = list("anna");
		assertThat(annas.get("totalElements").asLong()).isEqualTo(2);
		assertThat(annas.get("unread").asLong()).isEqualTo(2);
		assertThat(annas.get("content").get(0).get("subject").asString()).isEqualTo("测试消息");
		JsonNode bobs = list("bob");
		assertThat(bobs.get("totalElements").asLong()).isEqualTo(1);
		assertThat(http.json(http.get("/api/v1/inbox", basic("bob")))).as("/api/v1/inbox is the same list").isEqualTo(bobs);
		assertThat(bobs.get("content").get(0).get("body").asString()).contains("sent by Wang");
		String bobsNotice = bobs.get("content").get(0).get("id").asString();

		// anna cannot mark bob's notice
		assertThat(http.post("/api/v1/me/notifications/" + bobsNotice + "/read", basic("anna"), null).statusCode()).isEqualTo(404);
		assertThat(list("bob").get("unread").asLong()).isEqualTo(1);

		String annasFirst = annas.get("content").get(0).get("id").asString();
		assertThat(http.post("/api/v1/me/notifications/" + annasFirst + "/read", basic("anna"), null).statusCode()).isEqualTo(204);
		assertThat(list("anna").get("unread").asLong()).isEqualTo(1);
		assertThat(http.post("/api/v1/inbox/read-all", basic("anna"), null).statusCode()).isEqualTo(204);
		assertThat(list("anna").get("unread").asLong()).isZero();
		assertThat(list("bob").get("unread").asLong()).isEqualTo(1);
	}

	@Test
	void theInboxPageShowsTheUsersNoticesAndTheBadgeCountsTheUnreadOnes() {
		TestBrowser browser = new TestBrowser(port).signIn("anna@" + tenant.code(), TestTenants.PASSWORD);
		HttpResponse<String> home = browser.get("/");
		assertThat(home.body()).contains("id=\"inboxBadge\"", "hx-get=\"/inbox/badge\"", "hx-trigger=\"load, every 30s\"");
		assertThat(browser.get("/inbox/badge").body()).contains(">2<");

		HttpResponse<String> page = browser.get("/inbox");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("张经理", "李主管").doesNotContain("Wang");
		java.util.regex.Matcher linked = java.util.regex.Pattern.compile("data-notice=\"([0-9a-f-]{36})\"((?!data-notice).)*?张经理",
				java.util.regex.Pattern.DOTALL).matcher(page.body());
		assertThat(linked.find()).isTrue();

		HttpResponse<String> opened = browser.postForm("/inbox/" + linked.group(1) + "/read", Map.of("open", "true"), TestBrowser.csrf(page));
		assertThat(TestBrowser.redirectPath(opened)).as("opens the thing the notice is about").isEqualTo("/me");
		assertThat(browser.get("/inbox/badge").body()).contains(">1<");

		HttpResponse<String> all = browser.postForm("/inbox/read-all", Map.of(), TestBrowser.csrf(browser.get("/inbox")));
		assertThat(TestBrowser.redirectPath(all)).isEqualTo("/inbox");
		assertThat(browser.get("/inbox/badge").body()).doesNotContain(">1<", ">2<");

		String bobsId = list("bob").get("content").get(0).get("id").asString();
		HttpResponse<String> foreign = browser.postForm("/inbox/" + bobsId + "/read", Map.of(), TestBrowser.csrf(browser.get("/inbox")));
		assertThat(foreign.statusCode()).isEqualTo(404);
	}

	private void notify(UUID account, String link, String sender) {
		Notice notice = Notice.of("notification.test", Map.of("sender", sender), Set.of(Channel.IN_APP),
				Recipient.account(new AccountId(account))).withLink(link);
		TenantScope.call(TenantScope.allRegions(tenant.id()),
				() -> new TransactionTemplate(transactions).execute(s -> notifications.send(notice)));
	}

	private JsonNode list(String user) {
		HttpResponse<String> reply = http.get("/api/v1/me/notifications", basic(user));
		assertThat(reply.statusCode()).isEqualTo(200);
		return http.json(reply);
	}

	private String basic(String user) {
		return TestHttp.basic(user + "@" + tenant.code(), TestTenants.PASSWORD);
	}

}
