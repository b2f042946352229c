package io.cotrain.bench;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import io.cotrain.notification.Channel;
import io.cotrain.notification.Notice;
import io.cotrain.notification.Notifications;
import io.cotrain.notification.Recipient;
import io.cotrain.notification.delivery.DeliveryWorker;
import io.cotrain.tenancy.AccountId;
import io.cotrain.tenancy.TenantDirectory.RegionForm;
import io.cotrain.tenancy.TenantInfo;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The in-app notification path at volume, through the real application ({@link BenchApplication}) with its scheduled
 * worker switched off: a tenant {@code bench} with {@value #ACCOUNTS} accounts (half zh-CN, half English), then per
 * round {@value #NOTICES} notices queued with {@link Notifications#send} (one recipient each, the way modules send,
 * many per transaction or one per transaction) and delivered by {@link DeliveryWorker#runOnce} called from 1, 2 or 4
 * threads at once — concurrent workers take disjoint rows through the claim's {@code FOR UPDATE SKIP LOCKED}. The
 * notices use a real template ({@code competency.kpiRecorded}) with a link, rendered in each recipient's language.
 * After each round the benchmark checks that every delivery was delivered exactly once (one inbox row and one attempt
 * each). Prints figures; asserts nothing. Run with {@code ./mvnw -q -Pbench -Dbench=notifications}.
 */
final class NotificationBenchmark {

	static final int ACCOUNTS = 1_000;
	static final int NOTICES = 10_000;
	private static final int PER_TRANSACTION = 100;
	private static final String PASSWORD = "bench-secret-42";
	private static final Map<String, String> PARAMS = Map.of("kpiZh", "订单差错率", "kpiEn", "Order error rate", "month", "2026-10",
			"value", "7.5", "target", "8", "unit", "%");

	private final ConfigurableApplicationContext context;
	private final Notifications notifications;
	private final DeliveryWorker worker;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final TenantInfo tenant;
	private final List<AccountId> accounts;
	private int sent;

	private NotificationBenchmark(ConfigurableApplicationContext context) {
		this.context = context;
		this.notifications = context.getBean(Notifications.class);
		this.worker = context.getBean(DeliveryWorker.class);
		this.jdbc = context.getBean(JdbcClient.class);
		this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		this.tenant = context.getBean(TenantProvisioning.class).provision(new TenantProvisioning.NewTenant("bench", "基准测试制造有限公司",
				"Bench Manufacturing", List.of(new RegionForm("cn-east", "华东·上海", "Asia/Shanghai", "zh-CN", "CN")), "hr", "HR",
				PASSWORD)).tenant();
		this.accounts = in(this::createAccounts);
	}

	static void run() throws IOException {
		BenchApplication.run(List.of("--cotrain.notification.worker.enabled=false"), (context, started) -> {
			System.out.printf("%nCoTrain in-app notification benchmark: %s; application and embedded PostgreSQL started in %,d ms%s%n",
					BenchApplication.machine(), started.millis(), BenchApplication.load());
			NotificationBenchmark bench = new NotificationBenchmark(context);
			System.out.printf("%,d accounts (half zh-CN, half en); worker batch %s; each round: %,d notices queued, then delivered%n",
					ACCOUNTS, context.getEnvironment().getProperty("cotrain.notification.worker.batch", "50"), NOTICES);
			// 20,000 notices first warm the JIT and the database (its statistics of the new tables); their figures are not the
			// ones to compare. Then each worker count twice, in opposite order, so that a drift of the machine shows.
			bench.queue("warm-up", 2 * NOTICES, PER_TRANSACTION, true);
			bench.deliver(2);
			for (int workers : new int[] { 1, 2, 4, 4, 2, 1 }) {
				bench.round(PER_TRANSACTION, true, workers);
			}
			bench.round(PER_TRANSACTION, false, 2);
			bench.round(1, true, 2);
		});
	}

	private void round(int perTransaction, boolean dedupe, int workers) {
		queue("", NOTICES, perTransaction, dedupe);
		deliver(workers);
	}

	/** Accounts written as the service writes them (the password hash computed once: bcrypt per account would take minutes). */
	private List<AccountId> createAccounts() {
		jdbc.sql("""
				insert into account (id, tenant_id, username, display_name, password_hash, roles, region_ids, locale, created_at)
				select gen_random_uuid(), cotrain_tenant(), 'user' || lpad(i::text, 4, '0') || '@bench', '用户 ' || i, :hash,
				       array['EMPLOYEE'], '{}', case when i % 2 = 0 then 'zh-CN' else 'en' end, now()
				from generate_series(1, :n) i""")
			.param("hash", context.getBean(PasswordEncoder.class).encode(PASSWORD)).param("n", ACCOUNTS).update();
		return jdbc.sql("select id from account where username like 'user%' order by username").query(UUID.class).list().stream()
			.map(AccountId::new).toList();
	}

	private void queue(String label, int count, int perTransaction, boolean dedupe) {
		long start = System.nanoTime();
		for (int first = 0; first < count; first += perTransaction) {
			int from = first;
			int to = Math.min(count, first + perTransaction);
			in(() -> transaction.execute(s -> {
				for (int i = from; i < to; i++) {
					notifications.send(notice(dedupe));
				}
				return null;
			}));
		}
		long millis = BenchApplication.millisSince(start);
		System.out.printf("%-8s queue   %,6d notices, %3d per transaction, %s dedupe key: %,7d ms = %,7.0f notices/s%s%n", label, count,
				perTransaction, dedupe ? "with a" : "without", millis, count * 1000.0 / millis, BenchApplication.load());
	}

	private Notice notice(boolean dedupe) {
		int n = sent++;
		Notice notice = Notice.of("competency.kpiRecorded", PARAMS, Set.of(Channel.IN_APP), Recipient.account(accounts.get(n % ACCOUNTS)))
			.withLink("/employees/me#competency-section");
		// a key of its own per notice, as the competency module's (the lock and the look-up are the cost measured)
		return dedupe ? notice.withDedupeKey("bench:" + n) : notice;
	}

	/** Runs {@code workers} threads that each call {@link DeliveryWorker#runOnce} at the same moment, until all is delivered. */
	private void deliver(int workers) {
		Counts before = in(this::counts);
		BenchApplication.Timed run = BenchApplication.concurrently(workers, worker::runOnce);
		int handled = run.total();
		long millis = run.millis();
		Counts after = in(this::counts);
		System.out.printf("         deliver %,6d in-app, %d worker%s%s: %,7d ms = %,7.0f deliveries/s  (delivered %,d, inbox rows %,d, attempts %,d;"
				+ " still pending %,d)%s%n", handled, workers, workers == 1 ? " " : "s", workers == 1 ? "      " : " at once", millis,
				handled * 1000.0 / millis, after.delivered - before.delivered, after.inbox - before.inbox, after.attempts - before.attempts,
				after.pending, BenchApplication.load());
	}

	private record Counts(long delivered, long inbox, long attempts, long pending) {
	}

	private Counts counts() {
		return jdbc.sql("""
				select (select count(*) from notification_delivery where status = 'DELIVERED'),
				       (select count(*) from notification_inbox), (select count(*) from notification_attempt),
				       (select count(*) from notification_delivery where status in ('PENDING', 'SENDING'))""")
			.query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
	}

	private <T> T in(Supplier<T> work) {
		return TenantScope.call(TenantScope.allRegions(tenant.id()), work);
	}
}
