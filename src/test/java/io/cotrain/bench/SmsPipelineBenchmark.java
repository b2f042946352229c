package io.cotrain.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.EmployeeRegistry.NewEmployee;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.TestStaff;
import io.cotrain.notification.Channel;
import io.cotrain.notification.NotificationSettings;
import io.cotrain.notification.Notice;
import io.cotrain.notification.Notifications;
import io.cotrain.notification.Recipient;
import io.cotrain.notification.channel.sms.LocalSmsc;
import io.cotrain.notification.channel.sms.SmppSettings;
import io.cotrain.notification.delivery.DeliveryWorker;
import io.cotrain.notification.dispatch.ChannelConfigs;
import io.cotrain.notification.template.Templates;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.tenancy.TenantSettings;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SMS path end to end: notices queued with {@link Notifications#send} for employees with mobile numbers, delivered
 * by {@link DeliveryWorker#runOnce} (1 and 2 at once) through the tenant's stored SMPP configuration to a local SMSC
 * (jsmpp's server side, on this machine) — rendering, the SMPP gateway's bound session, submit_sm and its response,
 * the attempt log. Quiet hours are switched off for the bench tenant so the figures do not depend on the hour. Prints
 * figures with the number of parts the SMSC received (a lost or doubled message shows); asserts nothing. Run with
 * {@code ./mvnw -q -Pbench -Dbench=sms-pipeline}.
 */
final class SmsPipelineBenchmark {

	static final int EMPLOYEES = 200;
	static final int MESSAGES = 4_000;

	private final Notifications notifications;
	private final DeliveryWorker worker;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final TestStaff staff;
	private final List<EmployeeId> employees = new ArrayList<>();

	private SmsPipelineBenchmark(ConfigurableApplicationContext context) {
		this.notifications = context.getBean(Notifications.class);
		this.worker = context.getBean(DeliveryWorker.class);
		this.jdbc = context.getBean(JdbcClient.class);
		this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		EmployeeRegistry registry = context.getBean(EmployeeRegistry.class);
		this.staff = new TestStaff(context.getBean(TenantProvisioning.class), context.getBean(TenantDirectory.class),
				context.getBean(Organisation.class), registry, context.getBean(Accounts.class));
		for (int i = 0; i < EMPLOYEES; i++) {
			String number = String.format("S%04d", i);
			String phone = String.format("+86138%08d", i);
			employees.add(in(() -> registry.create(new NewEmployee(number, "学员" + number, phone, null, staff.east.id(), staff.eastTeam.id(),
					staff.clerk.id(), null, LocalDate.of(2025, 3, 1), null)).id()));
		}
		TenantSettings settings = context.getBean(TenantSettings.class);
		in(() -> {
			settings.set(NotificationSettings.QUIET_START.key(), null, "00:00");
			settings.set(NotificationSettings.QUIET_END.key(), null, "00:00");
			// the tenant's wording of the test template is just its parameter, so each SMS is exactly the round's text
			context.getBean(Templates.class).save(NotificationSettings.TEST.key(), Channel.SMS, "zh-CN", "短信", "{sender}");
			return null;
		});
	}

	static void run() throws IOException {
		BenchApplication.run(List.of("--cotrain.notification.worker.enabled=false"), (context, started) -> {
			System.out.printf("%nCoTrain SMS pipeline benchmark: %s; application and embedded PostgreSQL started in %,d ms%s%n",
					BenchApplication.machine(), started.millis(), BenchApplication.load());
			run(context);
		});
	}

	private static void run(ConfigurableApplicationContext context) throws IOException {
		SmsPipelineBenchmark bench = new SmsPipelineBenchmark(context);
		try (LocalSmsc smsc = new LocalSmsc().start()) {
			bench.in(() -> context.getBean(ChannelConfigs.class).save(null,
					SmppSettings.of("127.0.0.1", smsc.port(), LocalSmsc.SYSTEM_ID, LocalSmsc.PASSWORD, "CoTrain"), false, "bench"));
			System.out.printf("%nSMS through the worker to a local SMSC: %,d employees with mobile numbers; quiet hours off%n", EMPLOYEES);
			bench.round("warm-up", MESSAGES / 4, 2, "提醒", smsc);
			for (int workers : new int[] { 1, 2, 2, 1 }) {
				bench.round("", MESSAGES, workers, "提醒", smsc);
			}
			bench.round("long", MESSAGES / 2, 2, "各位学员请注意：明天上午九点在三楼会议室进行岗前培训，内容包括客户接待流程、单据录入规范与门店巡检要点，请携带工牌并提前十分钟到场完成人脸签到。", smsc);
		}
	}

	/** Queues {@code count} SMS whose text is {@code text}, then delivers them with {@code workers} concurrent runs. */
	private void round(String label, int count, int workers, String text, LocalSmsc smsc) {
		in(() -> transaction.execute(s -> {
			for (int i = 0; i < count; i += 100) {
				for (int j = i; j < Math.min(count, i + 100); j++) {
					notifications.send(Notice.of(NotificationSettings.TEST.key(), Map.of("sender", text), Set.of(Channel.SMS),
							Recipient.employee(employees.get(j % EMPLOYEES))));
				}
			}
			return null;
		}));
		smsc.submits().clear();
		BenchApplication.Timed run = BenchApplication.concurrently(workers, worker::runOnce);
		int handled = run.total();
		long millis = run.millis();
		long sent = in(() -> jdbc.sql("select count(*) from notification_delivery where status = 'SENT'").query(Long.class).single());
		System.out.printf("%-8s deliver %,6d SMS of %3d characters, %d worker%s: %,7d ms = %,7.0f SMS/s, %,7.0f submit_sm/s"
				+ "  (SMSC received %,d parts; sent so far %,d)%s%n", label, handled, text.length(), workers, workers == 1 ? " " : "s",
				millis, handled * 1000.0 / millis, smsc.submits().size() * 1000.0 / millis, smsc.submits().size(), sent,
				BenchApplication.load());
	}

	private <T> T in(Supplier<T> work) {
		return TenantScope.call(TenantScope.allRegions(staff.tenant.id()), work);
	}
}
