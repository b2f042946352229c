package io.cotrain.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import io.cotrain.CoTrainApplication;
import io.cotrain.TestDatabase;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real application for a benchmark: the product's own embedded PostgreSQL in a new temporary directory (deleted
 * afterwards unless {@code -Dbench.keep=true}), the web server on a random port, no demo data, the log at
 * {@code -Dbench.log} (default WARN); plus the helpers every benchmark prints with.
 */
final class BenchApplication {

	private BenchApplication() {
	}

	/** Starts the application with {@code arguments} added, runs {@code work} with it and the start-up time, then stops it. */
	static void run(List<String> arguments, Work work) throws IOException {
		Path dataDir = Files.createTempDirectory("cotrain-bench");
		long start = System.nanoTime();
		SpringApplication application = new SpringApplicationBuilder(CoTrainApplication.class).build();
		// the test classpath registers the tests' database for every context: the benchmark runs the product's own default
		application.setInitializers(application.getInitializers().stream().filter(i -> !(i instanceof TestDatabase)).toList());
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--cotrain.data-dir=" + dataDir, "--cotrain.demo=false",
				"--spring.main.banner-mode=off", "--logging.level.root=" + System.getProperty("bench.log", "WARN")));
		args.addAll(arguments);
		// as command-line arguments, so they win over application.yml
		try (ConfigurableApplicationContext context = application.run(args.toArray(String[]::new))) {
			work.run(context, new Started(millisSince(start), dataDir));
		}
		finally {
			if (Boolean.getBoolean("bench.keep")) {
				System.out.println("Kept the data directory (-Dbench.keep=true): " + dataDir);
			}
			else {
				delete(dataDir);
			}
		}
	}

	record Started(long millis, Path dataDir) {
	}

	@FunctionalInterface
	interface Work {
		void run(ConfigurableApplicationContext context, Started started) throws IOException;
	}

	/** The machine's load average, so that figures taken while other work ran can be told apart. */
	static String load() {
		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		return load < 0 ? "" : String.format("; load average %.1f", load);
	}

	/** What {@link #concurrently} measured: the sum of the runs' results and the wall time from the common start. */
	record Timed(int total, long millis) {
	}

	/** Starts {@code threads} runs of {@code work} at the same moment and waits for all; their results are summed. */
	static Timed concurrently(int threads, Callable<Integer> work) {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<Integer>> runs = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				runs.add(pool.submit(() -> {
					go.await();
					return work.call();
				}));
			}
			long start = System.nanoTime();
			go.countDown();
			int total = 0;
			for (Future<Integer> run : runs) {
				total += run.get();
			}
			return new Timed(total, Math.max(1, millisSince(start)));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		catch (ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		}
		finally {
			pool.shutdown();
		}
	}

	static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}

	/** Java version, cores and heap, for each benchmark's first line. */
	static String machine() {
		return String.format("Java %s, %d cores, max heap %d MB", System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
	}

	private static void delete(Path dir) {
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
