package io.cotrain.notification;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.cotrain.CoTrainTest;
import io.cotrain.MutableClock;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.EmployeeRegistry.NewEmployee;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.TestStaff;
import io.cotrain.notification.channel.Attempt;
import io.cotrain.notification.channel.DeliveryReceipts;
import io.cotrain.notification.channel.mail.MailSettings;
import io.cotrain.notification.channel.robot.FakeProvider;
import io.cotrain.notification.channel.robot.RobotSettings;
import io.cotrain.notification.channel.sms.LocalSmsc;
import io.cotrain.notification.channel.sms.SmppSettings;
import io.cotrain.notification.delivery.DeliveryWorker;
import io.cotrain.notification.delivery.Receipts;
import io.cotrain.notification.dispatch.ChannelConfigs;
import io.cotrain.notification.template.Templates;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.shared.RuleViolationException.Violation;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TestTenants;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.jsmpp.bean.SubmitSm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The SMS, mail and robot channels end to end — a tenant's stored configuration, the worker, the gateway and a local
 * server standing in for the provider: a local SMSC (jsmpp's server side), GreenMail and a local HTTP server.
 */
@CoTrainTest
class ChannelDeliveryTest {

	private static final String PHONE = "+8613800138000";

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Autowired
	Notifications notifications;
	@Autowired
	DeliveryWorker worker;
	@Autowired
	ChannelConfigs configs;
	@Autowired
	Templates templates;
	@Autowired
	Receipts receipts;
	@Autowired
	ScriptedSmsDispatcher scriptedSms;
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
	JdbcClient jdbc;
	@Autowired
	PlatformTransactionManager transactions;
	@Autowired
	MutableClock clock;

	TestStaff staff;
	TransactionTemplate tx;
	EmployeeView clerk;
	LocalSmsc smsc;
	FakeProvider robot;

	@BeforeEach
	void setUp() throws Exception {
		clock.set(Instant.parse("2026-03-02T04:00:00Z")); // 12:00 in Shanghai, outside quiet hours
		staff = new TestStaff(provisioning, directory, organisation, registry, accounts);
		tx = new TransactionTemplate(transactions);
		clerk = staff.in(() -> registry.create(new NewEmployee("C001", "王芳", PHONE, "wang.fang@example.cn", staff.east.id(),
				staff.eastTeam.id(), staff.clerk.id(), null, LocalDate.of(2024, 1, 15), null)));
		staff.in(() -> accounts.create(new Accounts.NewAccount("wang", "王芳", Set.of(Role.EMPLOYEE), Set.of(staff.east.id()),
				Locale.SIMPLIFIED_CHINESE, TestTenants.PASSWORD, clerk.id().value())));
		smsc = new LocalSmsc();
		robot = new FakeProvider();
	}

	@AfterEach
	void tearDown() throws Exception {
		smsc.close();
		robot.close();
		clock.reset();
	}

	@Test
	void aChineseSmsWaitsForTheGatewayThenArrivesOnceAsConcatenatedUcs2AndItsReceiptMarksItDelivered() throws Exception {
		configure(SmppSettings.of("127.0.0.1", smsc.port(), LocalSmsc.SYSTEM_ID, LocalSmsc.PASSWORD, "CoTrain"));
		String text = "各位学员请注意：明天上午九点在三楼会议室进行岗前培训，内容包括客户接待流程、单据录入规范与门店巡检要点，"
				+ "请携带工牌并提前十分钟到场完成人脸签到，迟到超过十五分钟将记为缺勤并影响本月学时统计，如有特殊情况请提前向带教导师请假说明，"
				+ "谢谢大家配合，祝培训顺利";
		text = text.substring(0, 120);
		assertThat(text).hasSize(120);
		smsOnly(text);

		worker.runOnce(); // the SMSC is down
		clock.advance(Duration.ofMinutes(1));
		worker.runOnce(); // still down
		assertThat(deliveries()).singleElement().asString().startsWith("SMS PENDING 2 ").contains("refused");
		smsc.start();
		clock.advance(Duration.ofMinutes(2));
		worker.runOnce();
		worker.runOnce();

		assertThat(deliveries()).containsExactly("SMS SENT 3 null");
		List<SubmitSm> parts = List.of(smsc.submits().take(), smsc.submits().take());
		assertThat(smsc.submits()).isEmpty(); // once: no part sent twice
		ByteArrayOutputStream joined = new ByteArrayOutputStream();
		int reference = -1;
		for (int i = 0; i < parts.size(); i++) {
			SubmitSm part = parts.get(i);
			assertThat(part.getDestAddress()).isEqualTo(PHONE.substring(1));
			assertThat(part.getDataCoding()).isEqualTo((byte) 0x08); // UCS-2
			assertThat(part.getEsmClass() & 0x40).isEqualTo(0x40); // with a user data header
			byte[] message = part.getShortMessage();
			assertThat(message[0]).isEqualTo((byte) 5);
			assertThat(message[1]).isEqualTo((byte) 0);
			assertThat(message[4]).isEqualTo((byte) 2); // two parts
			assertThat(message[5]).isEqualTo((byte) (i + 1));
			reference = i == 0 ? message[3] : reference;
			assertThat(message[3]).isEqualTo((byte) reference);
			joined.write(message, 6, message.length - 6);
		}
		assertThat(joined.toString(StandardCharsets.UTF_16BE)).isEqualTo(text);
		assertThat(attempts()).containsExactly("RETRY", "RETRY", "SENT " + smsc.lastMessageId());

		smsc.deliverReceipt("id:" + smsc.lastMessageId() + " sub:001 dlvrd:001 submit date:2603021200 done date:2603021201 stat:DELIVRD err:000 text:");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(deliveries()).containsExactly("SMS DELIVERED 3 null"));
	}

	@Test
	void aReceiptThatOvertakesTheWorkersCommitIsAppliedOnceTheIdIsRecordedAlsoInTheOtherNumberBase() {
		scriptedSms.script(staff.tenant.id(), Attempt.sent("4D2")); // the SMSC answered in hex…
		smsOnly("提醒");
		receipts.forTenant(staff.tenant.id()).received("1234", DeliveryReceipts.Status.DELIVERED, clock.instant(), null); // …and receipts in decimal

		assertThat(deliveries()).containsExactly("SMS PENDING 0 null");
		worker.runOnce();

		assertThat(deliveries()).containsExactly("SMS DELIVERED 1 null");
		assertThat(staff.in(() -> jdbc.sql("select count(*) from notification_receipt").query(Long.class).single())).isZero();
	}

	@Test
	void aFailureReceiptMarksTheDeliveryFailedWithItsReason() {
		scriptedSms.script(staff.tenant.id(), Attempt.sent("m-1"));
		smsOnly("提醒");
		worker.runOnce();

		receipts.forTenant(staff.tenant.id()).received("m-1", DeliveryReceipts.Status.UNDELIVERABLE, clock.instant(), "err:001");

		assertThat(deliveries()).containsExactly("SMS FAILED 1 notification.error.receipt: UNDELIVERABLE err:001");
	}

	@Test
	void aDeliveryLeftByACrashedWorkerReachesTheSmscOnceAfterTheRestart() throws Exception {
		smsc.start();
		configure(SmppSettings.of("127.0.0.1", smsc.port(), LocalSmsc.SYSTEM_ID, LocalSmsc.PASSWORD, "CoTrain"));
		smsOnly("提醒：明天九点培训");
		assertThat(worker.claim(staff.tenant.id(), "crashed-node/1", 10)).hasSize(1);
		worker.runOnce(); // the dead worker's lease still holds
		assertThat(smsc.submits()).isEmpty();

		clock.advance(Duration.ofMinutes(3));
		worker.runOnce();
		worker.runOnce();

		assertThat(smsc.submits()).hasSize(1);
		assertThat(deliveries()).containsExactly("SMS SENT 1 null");
	}

	@Test
	void mailGoesOutAsTextAndHtmlInTheRecipientsLanguage() throws Exception {
		configure(new MailSettings("127.0.0.1", greenMail.getSmtp().getServerSetup().getPort(), null, null,
				MailSettings.Security.NONE, "notices@cotrain.test", "协同培训", Duration.ofSeconds(5), Duration.ofSeconds(5),
				Duration.ofSeconds(5)));
		send(Notice.of("notification.test", Map.of("sender", "HR <b>"), Set.of(Channel.MAIL), Recipient.employee(clerk.id()))
			.withLink("/inbox"));
		worker.runOnce();

		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("测试消息");
		assertThat(received[0].getAllRecipients()).extracting(Object::toString).containsExactly("wang.fang@example.cn");
		Multipart parts = (Multipart) received[0].getContent();
		assertThat((String) parts.getBodyPart(0).getContent()).contains("这是 HR <b> 发送的测试消息");
		assertThat((String) parts.getBodyPart(1).getContent()).contains("这是 HR &lt;b&gt; 发送的测试消息");
		assertThat(deliveries()).containsExactly("MAIL SENT 1 null");
		assertThat(attempts()).containsExactly("SENT " + received[0].getHeader("Message-ID", null));
	}

	@Test
	void robotMessagesGoSignedToTheRecipientsRegionsGroupElseTheTenantsGroup() throws Exception {
		String secret = "SEC0123456789abcdef";
		configure(new RobotSettings(RobotSettings.Kind.DINGTALK, robot.url("/robot/send?access_token=all"), secret));
		staff.in(() -> configs.save(staff.east.id(),
				new RobotSettings(RobotSettings.Kind.DINGTALK, robot.url("/robot/send?access_token=east"), secret), false, "hr"));
		EmployeeView southClerk = staff.hire("S001", "李雷", staff.south, staff.clerk);

		send(Notice.of("notification.test", Map.of("sender", "HR"), Set.of(Channel.ROBOT), Recipient.employee(clerk.id())));
		worker.runOnce();
		FakeProvider.Received east = robot.request();
		send(Notice.of("notification.test", Map.of("sender", "HR"), Set.of(Channel.ROBOT), Recipient.employee(southClerk.id())));
		worker.runOnce();
		FakeProvider.Received all = robot.request();

		Map<String, String> query = query(east.rawQuery());
		assertThat(query.get("access_token")).isEqualTo("east");
		String signed = query.get("timestamp") + "\n" + secret;
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		assertThat(query.get("sign")).isEqualTo(Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8))));
		assertThat(query.get("timestamp")).isEqualTo(Long.toString(clock.instant().toEpochMilli()));
		assertThat(east.body()).contains("\"msgtype\":\"markdown\"").contains("测试消息").contains("这是 HR 发送的测试消息");
		assertThat(query(all.rawQuery()).get("access_token")).isEqualTo("all");
		assertThat(deliveries()).containsOnly("ROBOT SENT 1 null");
	}

	@Test
	void missingConfigurationOrAddressFailsWithItsReasonAndKeepsTheNotice() {
		EmployeeView noContact = staff.hire("N001", "赵六", staff.east, staff.clerk);
		send(Notice.of("notification.test", Map.of("sender", "HR"), Set.of(Channel.MAIL, Channel.ROBOT), Recipient.employee(clerk.id())));
		send(Notice.of("notification.test", Map.of("sender", "HR"), Set.of(Channel.SMS, Channel.MAIL), Recipient.employee(noContact.id())));

		worker.runOnce();

		assertThat(deliveries()).containsExactlyInAnyOrder("MAIL FAILED 1 notification.error.channelNotConfigured",
				"ROBOT FAILED 1 notification.error.channelNotConfigured", "SMS FAILED 1 notification.error.noPhone",
				"MAIL FAILED 1 notification.error.noEmail");
		assertThat(staff.in(() -> jdbc.sql("select count(*) from notification_notice").query(Long.class).single())).isEqualTo(2);
	}

	@Test
	void settingsAreCheckedFieldByFieldAndTheSecretIsStoredEncryptedAndKeptWhenLeftBlank() {
		assertThatThrownBy(() -> configure(SmppSettings.of(" ", 0, "", "pw", "")))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations()).extracting(Violation::field)
				.contains("host", "port", "systemId", "sourceAddress"));
		assertThatThrownBy(() -> staff.in(() -> configs.save(staff.east.id(), SmppSettings.of("smsc", 2775, "id", "pw", "CoTrain"), false, "hr")))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations()).extracting(Violation::field)
				.containsExactly("region"));

		configure(SmppSettings.of("smsc.example.cn", 2775, "cotrain", "pa55wd", "CoTrain"));
		String stored = staff.in(() -> jdbc.sql("select secret || ' ' || settings::text from notification_channel_config").query(String.class).single());
		assertThat(stored).startsWith("v1:").doesNotContain("pa55wd");
		assertThat(staff.in(() -> configs.summaries())).singleElement()
			.satisfies(s -> assertThat(((SmppSettings) s.settings()).password()).isEmpty());

		staff.in(() -> configs.save(null, SmppSettings.of("smsc2.example.cn", 2775, "cotrain", "", "CoTrain"), true, "hr"));
		assertThat(staff.in(() -> configs.find(Channel.SMS, null)).orElseThrow().settings(SmppSettings.class))
			.extracting(SmppSettings::host, SmppSettings::password).containsExactly("smsc2.example.cn", "pa55wd");
		assertThatThrownBy(() -> staff.in(() -> configs.save(null, new io.cotrain.notification.channel.sms.HttpSmsSettings(
				"https://sms.example.cn/send", "Authorization", "", "{\"to\":\"{{to}}\",\"text\":\"{{text}}\"}", null, null, null), true, "hr")))
			.as("another provider does not inherit the SMPP password").isInstanceOf(RuleViolationException.class);
		assertThat(staff.in(() -> jdbc.sql("select string_agg(details::text, ' ') from audit_event where subject_type = 'notification_channel'")
			.query(String.class).single())).contains("smsc2.example.cn").doesNotContain("pa55wd");
	}

	@Test
	void anotherTenantNeitherSeesNorUsesTheConfiguration() {
		configure(SmppSettings.of("smsc.example.cn", 2775, "cotrain", "pa55wd", "CoTrain"));
		TestStaff other = new TestStaff(provisioning, directory, organisation, registry, accounts);

		assertThat(other.in(() -> configs.find(Channel.SMS, null))).isEmpty();
		assertThat(other.in(() -> configs.summaries())).isEmpty();
		assertThat(other.in(() -> jdbc.sql("select count(*) from notification_channel_config").query(Long.class).single())).isZero();
	}

	// ---- helpers ----

	private void configure(Record settings) {
		staff.in(() -> configs.save((RegionId) null, settings, false, "hr@test"));
	}

	/** An SMS to the clerk whose whole text is {@code text} (the tenant's wording of the test template is its parameter). */
	private void smsOnly(String text) {
		staff.in(() -> {
			templates.save("notification.test", Channel.SMS, "zh-CN", "短信", "{sender}");
			return null;
		});
		send(Notice.of("notification.test", Map.of("sender", text), Set.of(Channel.SMS), Recipient.employee(clerk.id())));
	}

	private void send(Notice notice) {
		staff.in(() -> tx.execute(status -> notifications.send(notice)));
	}

	private List<String> deliveries() {
		return staff.in(() -> jdbc.sql("select channel || ' ' || status || ' ' || attempts || ' ' || coalesce(last_error, 'null') "
				+ "from notification_delivery order by created_at").query(String.class).list());
	}

	private List<String> attempts() {
		return staff.in(() -> jdbc.sql("select outcome || coalesce(' ' || provider_message_id, '') from notification_attempt order by attempted_at, outcome desc")
			.query(String.class).list());
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String pair : raw.split("&")) {
			int eq = pair.indexOf('=');
			values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
		}
		return values;
	}
}
