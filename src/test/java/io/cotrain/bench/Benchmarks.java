package io.cotrain.bench;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs the benchmarks named by the system property {@code bench} (comma-separated; default {@code all}):
 * {@code spreadsheet} ({@link SpreadsheetBenchmark}), {@code import} and {@code list} ({@link HrCoreBenchmark}),
 * {@code employees} (both of those), {@code sms} ({@link SmsBenchmark}), {@code notifications}
 * ({@link NotificationBenchmark}), {@code sms-pipeline} ({@link SmsPipelineBenchmark}), {@code attlog} ({@link AttlogBenchmark}),
 * {@code qr} ({@link QrCheckInBenchmark}) or {@code all}. Run with {@code ./mvnw -q -Pbench} (see README, "Benchmarks").
 */
public final class Benchmarks {

	private static final List<String> KNOWN = List.of("spreadsheet", "import", "list", "sms", "notifications", "sms-pipeline",
			"attlog", "qr");

	private Benchmarks() {
	}

	public static void main(String[] args) throws Exception {
		Set<String> selected = new LinkedHashSet<>();
		for (String name : System.getProperty("bench", "all").toLowerCase(Locale.ROOT).split(",")) {
			switch (name.strip()) {
				case "all" -> selected.addAll(KNOWN);
				case "employees" -> selected.addAll(List.of("import", "list"));
				case "spreadsheet", "import", "list", "sms", "notifications", "sms-pipeline", "attlog", "qr" -> selected.add(name.strip());
				default -> throw new IllegalArgumentException("unknown benchmark '" + name + "'; known: " + KNOWN + ", employees, all");
			}
		}
		if (selected.contains("spreadsheet")) {
			SpreadsheetBenchmark.main(args);
		}
		if (selected.contains("import") || selected.contains("list")) {
			HrCoreBenchmark.run(selected.contains("import"), selected.contains("list"));
		}
		if (selected.contains("sms")) {
			SmsBenchmark.main(args);
		}
		if (selected.contains("notifications")) {
			NotificationBenchmark.run();
		}
		if (selected.contains("sms-pipeline")) {
			SmsPipelineBenchmark.run();
		}
		if (selected.contains("attlog")) {
			AttlogBenchmark.run();
		}
		if (selected.contains("qr")) {
			QrCheckInBenchmark.run();
		}
		System.out.println("Benchmarks run: " + Arrays.toString(selected.toArray()));
	}
}
