package io.cotrain.notification;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.cotrain.CoTrainTest;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.TestStaff;
import io.cotrain.notification.channel.sms.LocalSmsc;
import io.cotrain.notification.channel.sms.SmppSettings;
import io.cotrain.notification.delivery.Preferences;
import io.cotrain.notification.dispatch.ChannelConfigs;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TestBrowser;
import io.cotrain.tenancy.TestTenants;
import org.jsmpp.bean.SubmitSm;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** HR's channel settings page: field errors, secrets never shown, the tenant switch and "send test message". */
@CoTrainTest
class ChannelsPageTest {

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
	@Autowired
	ChannelConfigs configs;
	@Autowired
	Preferences preferences;

	@Test
	void hrConfiguresSmsWithFieldErrorsFirstThenSendsATestMessageThatReachesTheSmsc() throws Exception {
		TestStaff staff = new TestStaff(provisioning, directory, organisation, registry, accounts);
		TestBrowser hr = new TestBrowser(port).signIn(staff.hr(), TestTenants.PASSWORD);
		HttpResponse<String> page = hr.get("/notifications/channels");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("通知渠道", "SMPP 3.4 网关", "群机器人", "尚未配置");

		HttpResponse<String> invalid = hr.postForm("/notifications/channels/sms", Map.of("provider", "SMPP", "host", "",
				"port", "0", "systemId", "", "sourceAddress", "", "smscZone", "Mars/Base"), TestBrowser.csrf(page));
		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(invalid.body()).contains("时区无效");
		assertThat(staff.in(() -> configs.find(Channel.SMS, null))).isEmpty();
		invalid = hr.postForm("/notifications/channels/sms", Map.of("provider", "SMPP", "host", "", "port", "0", "systemId", "",
				"sourceAddress", "", "smscZone", "Asia/Shanghai"), TestBrowser.csrf(page));
		assertThat(invalid.body()).contains("is-invalid", "端口必须在 1 到 65535 之间");

		try (LocalSmsc smsc = new LocalSmsc().start()) {
			HttpResponse<String> saved = hr.postForm("/notifications/channels/sms", Map.of("provider", "SMPP", "host", "127.0.0.1",
					"port", Integer.toString(smsc.port()), "systemId", LocalSmsc.SYSTEM_ID, "password", LocalSmsc.PASSWORD,
					"sourceAddress", "CoTrain", "smscZone", "Asia/Shanghai"), TestBrowser.csrf(page));
			assertThat(TestBrowser.redirectPath(saved)).startsWith("/notifications/channels");
			page = hr.get("/notifications/channels");
			assertThat(page.body()).contains("短信设置已保存", "127.0.0.1", "已保存（留空不变）").doesNotContain("value=\"" + LocalSmsc.PASSWORD + "\"");
			assertThat(staff.in(() -> configs.find(Channel.SMS, null)).orElseThrow().settings(SmppSettings.class).password())
				.isEqualTo(LocalSmsc.PASSWORD);

			HttpResponse<String> test = hr.postForm("/notifications/channels/test", Map.of("channel", "SMS",
					"destination", "+8613900001111"), TestBrowser.csrf(page));
			assertThat(TestBrowser.redirectPath(test)).startsWith("/notifications/channels");
			assertThat(hr.get("/notifications/channels").body()).contains("短信测试消息已发出");
			SubmitSm received = smsc.submits().poll(5, TimeUnit.SECONDS);
			assertThat(received).isNotNull();
			assertThat(received.getDestAddress()).isEqualTo("8613900001111");
			assertThat(new String(received.getShortMessage(), StandardCharsets.UTF_16BE)).contains("测试短信");
		}
	}

	@Test
	void aTestWithoutConfigurationSaysSoAndTheTenantSwitchTurnsAChannelOff() {
		TestStaff staff = new TestStaff(provisioning, directory, organisation, registry, accounts);
		TestBrowser hr = new TestBrowser(port).signIn(staff.hr(), TestTenants.PASSWORD);
		HttpResponse<String> page = hr.get("/notifications/channels");

		hr.postForm("/notifications/channels/test", Map.of("channel", "MAIL", "destination", "someone@example.cn"), TestBrowser.csrf(page));
		assertThat(hr.get("/notifications/channels").body()).contains("邮件测试消息发送失败", "该渠道尚未配置");

		hr.postForm("/notifications/channels/switch", Map.of("channel", "SMS", "enabled", "false"), TestBrowser.csrf(page));
		assertThat(staff.in(() -> preferences.enabled(Channel.SMS, null))).isFalse();
		assertThat(staff.in(() -> preferences.enabled(Channel.MAIL, null))).isTrue();
	}

	@Test
	void aRobotForAnotherTenantsRegionIsRefusedAndOnlyHrMayOpenThePage() {
		TestStaff staff = new TestStaff(provisioning, directory, organisation, registry, accounts);
		TestStaff other = new TestStaff(provisioning, directory, organisation, registry, accounts);
		TestBrowser hr = new TestBrowser(port).signIn(staff.hr(), TestTenants.PASSWORD);
		HttpResponse<String> page = hr.get("/notifications/channels");

		HttpResponse<String> refused = hr.postForm("/notifications/channels/robots", Map.of("region", other.east.id().value().toString(),
				"kind", "DINGTALK", "webhookUrl", "https://oapi.dingtalk.com/robot/send?access_token=x"), TestBrowser.csrf(page));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("区域不存在");
		assertThat(staff.in(() -> configs.summaries())).isEmpty();
		assertThat(other.in(() -> configs.summaries())).isEmpty();

		String clerk = staff.login("clerk", Set.of(Role.EMPLOYEE), Set.of(staff.east), null);
		TestBrowser employee = new TestBrowser(port).signIn(clerk, TestTenants.PASSWORD);
		assertThat(employee.get("/notifications/channels").statusCode()).isEqualTo(403);
	}
}
