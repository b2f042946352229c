package io.cotrain.e2e;

import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Locator;
import io.cotrain.CoTrainTest;
import io.cotrain.notification.Channel;
import io.cotrain.notification.Notice;
import io.cotrain.notification.Notifications;
import io.cotrain.notification.Recipient;
import io.cotrain.notification.delivery.DeliveryWorker;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.TenantInfo;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Notifications in a real browser: a clerk sees the unread badge, reads the notice in the inbox in her language and
 * marks it read; HR's channel settings page names every wrong field and never shows a stored secret; the delivery log
 * shows a delivery's attempts on demand.
 */
@CoTrainTest
class NotificationJourneyIT extends BrowserJourney {

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

	@Test
	void aClerkReadsHerNoticeAndHrConfiguresTheChannels() {
		TenantInfo demo = provisioning.findByCode("demo").orElseThrow();
		TenantScope.run(TenantScope.allRegions(demo.id()), () -> {
			var clerk = accounts.list().stream().filter(a -> a.username().equals("clerk.wang@demo")).findFirst().orElseThrow();
			new TransactionTemplate(transactions).executeWithoutResult(s -> notifications.send(Notice.of("notification.test",
					Map.of("sender", "人力资源部"), Set.of(Channel.IN_APP), Recipient.account(clerk.id())).withLink("/employees/me")));
		});
		worker.runOnce();

		logIn("clerk.wang@demo");
		assertThat(page.locator("#inboxBadge .inbox-count")).hasText(java.util.regex.Pattern.compile("[1-9]"));
		page.navigate(url("/inbox"));
		assertThat(page.locator("main")).containsText("这是 人力资源部 发送的测试消息");
		screenshot("inbox-zh");
		page.locator("#readAll").click();
		page.waitForURL(url("/inbox"));
		assertThat(page.locator("#inbox .badge")).hasCount(0);
		assertNoBrowserErrors();

		closeContext();
		openDesktop();
		logIn("hr@demo");
		page.navigate(url("/notifications/channels"));
		page.locator("#sms input[name=host]").fill("");
		page.locator("#sms input[name=port]").fill("0");
		page.locator("#sms button[type=submit]").click();
		assertThat(page.locator("#sms .invalid-feedback").first()).isVisible();
		assertThat(page.locator("#sms")).containsText("端口必须在 1 到 65535 之间");
		screenshot("channels-errors-zh");
		page.locator("#sms input[name=host]").fill("smsc.example.cn");
		page.locator("#sms input[name=port]").fill("2775");
		page.locator("#sms input[name=systemId]").fill("cotrain");
		page.locator("#sms input[name=password]").fill("pw123");
		page.locator("#sms input[name=sourceAddress]").fill("CoTrain");
		page.locator("#sms button[type=submit]").click();
		assertThat(page.locator(".alert-success")).containsText("短信设置已保存");
		assertThat(page.locator("#smsPassword")).hasValue("");
		assertThat(page.locator("#smsPassword")).hasAttribute("placeholder", "已保存（留空不变）");
		screenshot("channels-saved-zh");

		page.navigate(url("/notifications/deliveries"));
		Locator first = page.locator("#deliveries tbody tr").first();
		first.locator("button[hx-get$='/attempts']").click();
		assertThat(first.locator("ol.attempts li")).hasCount(1);
		assertThat(first.locator("ol.attempts")).containsText("已发出");
		screenshot("deliveries-zh");
		assertNoBrowserErrors();
	}
}
