package io.cotrain.bench;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.cotrain.attendance.Terminals;
import io.cotrain.attendance.terminal.ZkSimulator;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantDirectory.RegionForm;
import io.cotrain.tenancy.TenantInfo;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 6's target: one 10,000-line ATTLOG upload over HTTP on loopback, timed from the request to the device's
 * {@code OK:10000} (the punches durably stored; matching runs afterwards, off here). A warm-up upload first, then 5
 * uploads of new punches and one re-send of the last batch (all duplicates).
 */
final class AttlogBenchmark {

	static final int LINES = 10_000;

	private AttlogBenchmark() {
	}

	static void run() throws IOException {
		BenchApplication.run(List.of("--cotrain.terminal.matcher-enabled=false"), (context, started) -> {
			System.out.printf("%nCoTrain ATTLOG upload benchmark: %s; application and embedded PostgreSQL started in %,d ms%s%n",
					BenchApplication.machine(), started.millis(), BenchApplication.load());
			ZkSimulator device = device(context);
			time(device, "warm-up", body(0));
			List<Long> runs = new ArrayList<>();
			for (int round = 1; round <= 5; round++) {
				runs.add(time(device, "run " + round, body(round)));
			}
			time(device, "re-send of run 5 (duplicates)", body(5));
			Collections.sort(runs);
			System.out.printf("%,d-line ATTLOG to OK: best %,d ms, median %,d ms (target ≤ 500 ms)%n", LINES, runs.get(0), runs.get(2));
		});
	}

	private static ZkSimulator device(ConfigurableApplicationContext context) {
		TenantInfo tenant = context.getBean(TenantProvisioning.class).provision(new TenantProvisioning.NewTenant("bench", "基准测试制造有限公司",
				"Bench Manufacturing", List.of(new RegionForm("cn-east", "华东·上海", "Asia/Shanghai", "zh-CN", "CN")), "hr", "HR",
				"bench-password-1")).tenant();
		TenantScope.run(TenantScope.allRegions(tenant.id()), () -> {
			RegionInfo east = context.getBean(TenantDirectory.class).regionByCode("cn-east").orElseThrow();
			context.getBean(Terminals.class).register(new Terminals.TerminalForm(Terminals.Vendor.ZKTECO, "BENCH-ZK-1", "bench", east.id(),
					"room", null, null));
		});
		return new ZkSimulator("http://localhost:" + context.getEnvironment().getProperty("local.server.port"), "BENCH-ZK-1", null);
	}

	/** 10,000 punches of 2,000 PINs, a second apart, on a day of its own per round. */
	private static String body(int round) {
		StringBuilder body = new StringBuilder(LINES * 40);
		LocalDateTime day = LocalDateTime.of(2026, 7, 1, 8, 0).plusDays(round);
		for (int i = 0; i < LINES; i++) {
			body.append(ZkSimulator.line(String.format("%05d", i % 2000), day.plusSeconds(i))).append("\r\n");
		}
		return body.toString();
	}

	private static long time(ZkSimulator device, String label, String body) {
		long start = System.nanoTime();
		ZkSimulator.Reply reply = device.attlog(Long.toString(System.nanoTime()), body);
		long millis = BenchApplication.millisSince(start);
		System.out.printf("%-32s %,7d KB -> %d %s in %,d ms%n", label, body.length() / 1024, reply.status(), reply.body(), millis);
		return millis;
	}
}
