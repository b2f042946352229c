package io.cotrain.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.cotrain.CoTrainTest;
import io.cotrain.MutableClock;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.EmployeeRegistry.NewEmployee;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.TestStaff;
import io.cotrain.notification.channel.Attempt;
import io.cotrain.notification.channel.Message;
import io.cotrain.notification.delivery.DeliveryWorker;
import io.cotrain.notification.delivery.Preferences;
import io.cotrain.notification.template.Templates;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.tenancy.TestTenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox and the delivery worker: rollback, exactly-once delivery (also after a crash and with two workers),
 * dedupe, retries with backoff, quiet hours, preferences, templates and failures with reasons.
 */
@CoTrainTest
class NotificationDeliveryTest {

	private static final Map<String, String> SENDER = Map.of("sender", "HR");

	@Autowired
	Notifications notifications;
	@Autowired
	DeliveryWorker worker;
	@Autowired
	ScriptedSmsDispatcher sms;
	@Autowired
	Templates templates;
	@Autowired
	Preferences preferences;
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
	UUID zhUser;
	UUID enUser;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-03-02T04:00:00Z")); // 12:00 in Shanghai
		staff = new TestStaff(provisioning, directory, organisation, registry, accounts);
		tx = new TransactionTemplate(transactions);
		zhUser = account("li", Locale.SIMPLIFIED_CHINESE, null);
		enUser = account("smith", Locale.ENGLISH, null);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aRolledBackTransactionLeavesNothingToSend() {
		staff.in(() -> tx.execute(status -> {
			notifications.send(test(Recipient.account(id(zhUser)), Channel.IN_APP));
			status.setRollbackOnly();
			return null;
		}));
		worker.runOnce();
		assertThat(count("notification_notice")).isZero();
		assertThat(count("notification_delivery")).isZero();
		assertThat(count("notification_inbox")).isZero();
	}

	@Test
	void sendingNeedsTheCallersTransaction() {
		assertThatThrownBy(() -> staff.in(() -> notifications.send(test(Recipient.account(id(zhUser)), Channel.IN_APP))))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void aCommittedNoticeIsDeliveredOnceInEachRecipientsLanguage() {
		send(test(Recipient.account(id(zhUser)), Channel.IN_APP));
		send(test(Recipient.account(id(enUser)), Channel.IN_APP));
		worker.runOnce();
		worker.runOnce();
		assertThat(inbox(zhUser)).containsExactly("测试消息|这是 HR 发送的测试消息，收到即表示该渠道工作正常。");
		assertThat(inbox(enUser)).containsExactly("Test message|This is a test message sent by HR; if you read it, the channel works.");
		assertThat(deliveries()).containsOnly("IN_APP DELIVERED 1 null");
	}

	@Test
	void aDeliveryLeftLeasedByACrashedWorkerIsDeliveredOnceAfterItsLeaseRunsOut() {
		send(test(Recipient.account(id(zhUser)), Channel.IN_APP));
		assertThat(worker.claim(staff.tenant.id(), "crashed-node/1", 10)).hasSize(1);
		worker.runOnce(); // the lease still holds
		assertThat(inbox(zhUser)).isEmpty();
		clock.advance(Duration.ofMinutes(3));
		worker.runOnce(); // "after the restart"
		worker.runOnce();
		assertThat(inbox(zhUser)).hasSize(1);
		assertThat(deliveries()).containsOnly("IN_APP DELIVERED 1 null");
	}

	@Test
	void twoWorkersRunningAtOnceDeliverEachNoticeOnce() throws Exception {
		for (int i = 0; i < 30; i++) {
			send(test(Recipient.account(id(zhUser)), Channel.IN_APP));
		}
		concurrently(() -> worker.runOnce(), () -> worker.runOnce());
		assertThat(inbox(zhUser)).hasSize(30);
		assertThat(deliveries()).hasSize(30).containsOnly("IN_APP DELIVERED 1 null");
		assertThat(count("notification_attempt")).isEqualTo(30);
	}

	@Test
	void theSameDedupeKeyWithinTheWindowMakesOneNotice() throws Exception {
		Notice notice = test(Recipient.account(id(zhUser)), Channel.IN_APP).withDedupeKey("reminder:42");
		assertThat(send(notice)).hasSize(1);
		assertThat(send(notice)).isEmpty();
		clock.advance(Duration.ofHours(23));
		assertThat(send(notice)).isEmpty();
		clock.advance(Duration.ofHours(2)); // the default window is 24 hours
		assertThat(send(notice)).hasSize(1);

		Notice concurrent = notice.withDedupeKey("reminder:43");
		List<List<UUID>> results = concurrently(() -> send(concurrent), () -> send(concurrent), () -> send(concurrent));
		assertThat(results.stream().mapToInt(List::size).sum()).isEqualTo(1);
		assertThat(count("notification_notice")).isEqualTo(3);
	}

	@Test
	void transientFailuresAreRetriedWithExponentialBackoffThenMarkedFailed() {
		sms.script(staff.tenant.id(), Attempt.retry("timeout"), Attempt.retry("timeout"), Attempt.retry("timeout"),
				Attempt.retry("timeout"), Attempt.retry("timeout"));
		EmployeeView employee = hire("+8613800000001");
		send(test(Recipient.employee(employee.id()), Channel.SMS));
		Instant start = clock.instant();
		List<Duration> waits = new ArrayList<>();
		for (int attempt = 1; attempt <= 4; attempt++) {
			worker.runOnce();
			Instant next = nextAttempt();
			waits.add(Duration.between(clock.instant(), next));
			clock.advance(Duration.between(clock.instant(), next).minusSeconds(1));
			worker.runOnce(); // not yet due
			clock.advance(Duration.ofSeconds(1));
		}
		assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8));
		worker.runOnce();
		assertThat(sms.received(staff.tenant.id())).hasSize(5);
		assertThat(deliveries()).containsExactly("SMS FAILED 5 notification.error.gaveUp: timeout");
		assertThat(clock.instant()).isEqualTo(start.plus(Duration.ofMinutes(15)));
	}

	@Test
	void anSmsInQuietHoursWaitsForTheirEndWhileTheInAppCopyArrivesAtOnce() {
		sms.script(staff.tenant.id());
		EmployeeView employee = hire("+8613800000002");
		UUID login = account("wang", Locale.SIMPLIFIED_CHINESE, employee);
		clock.set(Instant.parse("2026-03-02T15:00:00Z")); // 23:00 in Shanghai; quiet hours 22:00–07:00 by default
		send(test(Recipient.employee(employee.id()), Channel.IN_APP, Channel.SMS));
		worker.runOnce();
		assertThat(inbox(login)).hasSize(1);
		assertThat(deliveries()).containsExactlyInAnyOrder("IN_APP DELIVERED 1 null", "SMS PENDING 0 null");
		assertThat(nextAttempt()).isEqualTo(Instant.parse("2026-03-02T23:00:00Z")); // 07:00 in Shanghai
		assertThat(sms.received(staff.tenant.id())).isEmpty();

		clock.set(Instant.parse("2026-03-02T23:00:00Z"));
		worker.runOnce();
		assertThat(sms.received(staff.tenant.id())).singleElement().satisfies(m -> {
			assertThat(m.to().phone()).isEqualTo("+8613800000002");
			assertThat(m.body()).isEqualTo("【CoTrain】HR 发送的测试短信。");
		});
		assertThat(deliveries()).containsExactlyInAnyOrder("IN_APP DELIVERED 1 null", "SMS SENT 1 null");
	}

	@Test
	void aMandatoryNoticeIgnoresQuietHoursAndSwitchedOffChannels() {
		sms.script(staff.tenant.id());
		EmployeeView employee = hire("+8613800000003");
		UUID login = account("zhao", Locale.SIMPLIFIED_CHINESE, employee);
		staff.in(() -> {
			preferences.set(login, Channel.IN_APP, false);
			preferences.set(null, Channel.SMS, false);
			return null;
		});
		clock.set(Instant.parse("2026-03-02T15:00:00Z"));
		send(test(Recipient.account(id(login)), Channel.IN_APP, Channel.SMS));
		send(test(Recipient.account(id(login)), Channel.IN_APP, Channel.SMS).asMandatory());
		worker.runOnce();
		assertThat(deliveries()).containsExactlyInAnyOrder("IN_APP CANCELLED 0 notification.error.channelOff",
				"SMS CANCELLED 0 notification.error.channelOff", "IN_APP DELIVERED 1 null", "SMS SENT 1 null");
		assertThat(inbox(login)).hasSize(1);
	}

	@Test
	void aChannelWithoutConfigurationOrAddressFailsWithItsReason() {
		send(test(Recipient.account(id(zhUser)), Channel.MAIL)); // an account without employee: no address
		send(test(Recipient.employee(hire("+8613800000004").id()), Channel.SMS, Channel.IN_APP));
		worker.runOnce();
		assertThat(deliveries()).containsExactlyInAnyOrder("MAIL FAILED 1 notification.error.noEmail",
				"SMS FAILED 1 notification.error.channelNotConfigured", "IN_APP FAILED 1 notification.error.noLogin");
	}

	@Test
	void aMissingParameterFailsTheDeliveryWithItsReasonButKeepsTheNotice() {
		send(Notice.of("notification.test", Map.of(), Set.of(Channel.IN_APP), Recipient.account(id(zhUser))));
		worker.runOnce();
		assertThat(deliveries()).containsExactly("IN_APP FAILED 1 notification.error.missingParameter: sender");
		assertThat(count("notification_notice")).isEqualTo(1);
	}

	@Test
	void tenantTemplatesOverrideTheDefaultsAndMayUseOnlyDeclaredParameters() {
		assertThatThrownBy(() -> staff.in(() -> {
			templates.save("notification.test", Channel.IN_APP, "en", "Hello {name}", "From {sender}");
			return null;
		})).isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
			.singleElement().satisfies(v -> {
				assertThat(v.field()).isEqualTo("subject");
				assertThat(v.code()).isEqualTo("notification.template.unknownParameter");
			}));
		staff.in(() -> {
			templates.save("notification.test", Channel.IN_APP, "en", "Check", "Sent by {sender} to you");
			return null;
		});
		send(test(Recipient.account(id(enUser)), Channel.IN_APP));
		send(test(Recipient.account(id(zhUser)), Channel.IN_APP));
		worker.runOnce();
		assertThat(inbox(enUser)).containsExactly("Check|Sent by HR to you");
		assertThat(inbox(zhUser)).containsExactly("测试消息|这是 HR 发送的测试消息，收到即表示该渠道工作正常。");
	}

	@Test
	void anUndeclaredTemplateIsRefusedWhenSending() {
		assertThatThrownBy(() -> send(Notice.of("no.such.template", SENDER, Set.of(Channel.IN_APP), Recipient.account(id(zhUser)))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theEventFormIsRecordedInThePublishersTransaction() {
		staff.in(() -> tx.execute(status -> {
			publisher.publishEvent(new NotificationRequested(test(Recipient.account(id(zhUser)), Channel.IN_APP)));
			return null;
		}));
		staff.in(() -> tx.execute(status -> {
			publisher.publishEvent(new NotificationRequested(test(Recipient.account(id(enUser)), Channel.IN_APP)));
			status.setRollbackOnly();
			return null;
		}));
		worker.runOnce();
		assertThat(inbox(zhUser)).hasSize(1);
		assertThat(inbox(enUser)).isEmpty();
	}

	@Autowired
	org.springframework.context.ApplicationEventPublisher publisher;

	// ---- helpers ----

	private static Notice test(Recipient recipient, Channel... channels) {
		return Notice.of("notification.test", SENDER, Set.of(channels), recipient);
	}

	private static io.cotrain.tenancy.AccountId id(UUID account) {
		return new io.cotrain.tenancy.AccountId(account);
	}

	private List<UUID> send(Notice notice) {
		return staff.in(() -> tx.execute(status -> notifications.send(notice)));
	}

	private UUID account(String name, Locale locale, EmployeeView employee) {
		return staff.in(() -> accounts.create(new Accounts.NewAccount(name, "Test " + name, Set.of(Role.EMPLOYEE),
				Set.of(staff.east.id()), locale, TestTenants.PASSWORD, employee == null ? null : employee.id().value())).account().id().value());
	}

	private EmployeeView hire(String phone) {
		String number = "E" + UUID.randomUUID().toString().substring(0, 6);
		return staff.in(() -> registry.create(new NewEmployee(number, "员工" + number, phone, null, staff.east.id(), staff.eastTeam.id(),
				staff.clerk.id(), null, java.time.LocalDate.of(2024, 1, 15), null)));
	}

	private long count(String table) {
		return staff.in(() -> jdbc.sql("select count(*) from " + table).query(Long.class).single());
	}

	private List<String> inbox(UUID account) {
		return staff.in(() -> jdbc.sql("select subject || '|' || body from notification_inbox where account_id = :a order by created_at")
			.param("a", account).query(String.class).list());
	}

	private List<String> deliveries() {
		return staff.in(() -> jdbc.sql("select channel || ' ' || status || ' ' || attempts || ' ' || coalesce(last_error, 'null') "
				+ "from notification_delivery").query(String.class).list());
	}

	private Instant nextAttempt() {
		return staff.in(() -> jdbc.sql("select next_attempt_at from notification_delivery where status = 'PENDING'")
			.query(Timestamp.class).single().toInstant());
	}

	@SafeVarargs
	private static <T> List<T> concurrently(Callable<T>... tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(tasks.length);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : tasks) {
				futures.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> f : futures) {
				results.add(f.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}
}
