package io.cotrain.bench;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ch.qos.logback.classic.Level;

import io.cotrain.notification.channel.Attempt;
import io.cotrain.notification.channel.SmsGateway;
import io.cotrain.notification.channel.SmsGateway.SmsMessage;
import io.cotrain.notification.channel.sms.LocalSmsc;
import io.cotrain.notification.channel.sms.SmppSettings;
import io.cotrain.notification.channel.sms.SmsGateways;

import org.slf4j.LoggerFactory;

/**
 * How many SMS per second the SMPP gateway hands to a local SMSC (jsmpp's server side on this machine, so the
 * figures show the client's own cost, not a carrier's): 1,000 single-part and 1,000 two-part Chinese messages, sent
 * one after the other and from 4 threads. Prints figures; asserts nothing. Run with
 * {@code ./mvnw -q -Pbench -Dbench=sms} (see README, "Benchmarks").
 */
public final class SmsBenchmark {

	private static final int MESSAGES = 1_000;
	private static final int THREADS = 4;
	private static final String SINGLE = "培训提醒：明天上午九点在二楼会议室实训，请提前十分钟签到。";
	private static final String TWO_PARTS = SINGLE.repeat(3);

	private SmsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.jsmpp")).setLevel(Level.WARN);
		((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("io.cotrain")).setLevel(Level.WARN);
		System.out.printf("CoTrain SMS benchmark: SMPP to a local SMSC, %,d messages per run, Java %s, %d cores%n", MESSAGES,
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
		try (LocalSmsc smsc = new LocalSmsc().start();
				SmsGateway gateway = new SmsGateways(Clock.systemUTC()).smpp(new SmppSettings("127.0.0.1", smsc.port(),
						LocalSmsc.SYSTEM_ID, LocalSmsc.PASSWORD, null, "CoTrain", null, null, null, null, Duration.ofSeconds(30), null),
						(id, status, at, detail) -> {
						})) {
			run(gateway, smsc, SINGLE, 1, 200);
			for (String text : List.of(SINGLE, TWO_PARTS)) {
				int parts = text.length() <= 70 ? 1 : 2;
				report(parts, "sequential", run(gateway, smsc, text, 1, MESSAGES));
				report(parts, THREADS + " threads ", run(gateway, smsc, text, THREADS, MESSAGES));
			}
		}
	}

	/** Sends {@code count} messages from {@code threads} threads; the elapsed nanoseconds. */
	private static long run(SmsGateway gateway, LocalSmsc smsc, String text, int threads, int count) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Callable<Void>> senders = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int share = count / threads + (t < count % threads ? 1 : 0);
				senders.add(() -> {
					for (int i = 0; i < share; i++) {
						Attempt attempt = gateway.send(new SmsMessage("+86138" + String.format("%08d", i), text));
						if (attempt.outcome() != Attempt.Outcome.SENT) {
							throw new IllegalStateException("benchmark message not sent: " + attempt);
						}
					}
					return null;
				});
			}
			long start = System.nanoTime();
			for (Future<Void> sender : pool.invokeAll(senders)) {
				sender.get();
			}
			long elapsed = System.nanoTime() - start;
			smsc.submits().clear();
			return elapsed;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static void report(int parts, String mode, long nanos) {
		double seconds = nanos / 1e9;
		System.out.printf("%d-part  %s %,6d ms = %,7.0f SMS/s (%,7.0f submit_sm/s)%n", parts, mode, nanos / 1_000_000,
				MESSAGES / seconds, MESSAGES * parts / seconds);
	}
}
