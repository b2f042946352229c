package io.cotrain.bench;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import io.cotrain.spreadsheet.Fixtures;
import io.cotrain.spreadsheet.ImportPreview;
import io.cotrain.spreadsheet.SpreadsheetFile;
import io.cotrain.spreadsheet.SpreadsheetFormat;
import io.cotrain.spreadsheet.Spreadsheets;

/**
 * How long reading and validating a 10,000-row employee workbook takes (and the same as csv). Prints figures;
 * asserts nothing. Run with {@code ./mvnw -q -Pbench -Dbench=spreadsheet} (see README, "Benchmarks").
 */
public final class SpreadsheetBenchmark {

	private static final int ROWS = 10_000;
	private static final int WARM_UPS = 3;
	private static final int RUNS = 5;

	private SpreadsheetBenchmark() {
	}

	public static void main(String[] args) {
		Spreadsheets spreadsheets = Fixtures.spreadsheets();
		List<Map<String, ?>> rows = employees(new Random(42));
		System.out.printf("CoTrain spreadsheet benchmark: %,d rows x %d columns, Java %s, %d cores, max heap %d MB%n", ROWS,
				Fixtures.EMPLOYEES.columns().size(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() / (1024 * 1024));
		for (SpreadsheetFormat format : SpreadsheetFormat.values()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			long start = System.nanoTime();
			spreadsheets.export(Fixtures.EMPLOYEES, rows, format, Locale.SIMPLIFIED_CHINESE, out);
			long writeMillis = (System.nanoTime() - start) / 1_000_000;
			byte[] file = out.toByteArray();
			SpreadsheetFile upload = SpreadsheetFile.of("employees." + format.extension(), file);
			long[] millis = new long[RUNS];
			long coldMillis = 0;
			ImportPreview preview = null;
			for (int run = -WARM_UPS; run < RUNS; run++) {
				start = System.nanoTime();
				preview = spreadsheets.preview(Fixtures.EMPLOYEES, upload);
				preview = preview.withErrors(preview.duplicates("employeeNo"));
				long elapsed = (System.nanoTime() - start) / 1_000_000;
				if (run == -WARM_UPS) {
					coldMillis = elapsed;
				}
				if (run >= 0) {
					millis[run] = elapsed;
				}
			}
			Arrays.sort(millis);
			if (preview.rowCount() != ROWS || preview.hasErrors()) {
				throw new IllegalStateException("benchmark file did not read back: " + preview.errors());
			}
			System.out.printf("%-4s %,5d KB  written in %,4d ms  read+validate: first %,4d ms, then best %,4d ms, median %,4d ms"
					+ " (%d runs after %d warm-ups) = %,d rows/s%n", format.extension(), file.length / 1024, writeMillis, coldMillis, millis[0],
					millis[RUNS / 2], RUNS, WARM_UPS, ROWS * 1000L / Math.max(1, millis[RUNS / 2]));
		}
	}

	private static List<Map<String, ?>> employees(Random random) {
		String[] surnames = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "欧阳" };
		String[] given = { "芳", "伟", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋" };
		List<Map<String, ?>> rows = new ArrayList<>(ROWS);
		for (int i = 1; i <= ROWS; i++) {
			Map<String, Object> row = new HashMap<>();
			row.put("employeeNo", String.format("E%06d", i));
			row.put("name", surnames[random.nextInt(surnames.length)] + given[random.nextInt(given.length)]);
			row.put("hireDate", LocalDate.of(2010, 1, 1).plusDays(random.nextInt(5000)));
			row.put("grade", (long) random.nextInt(1, 12));
			row.put("salary", BigDecimal.valueOf(random.nextInt(400_000, 3_000_000), 2));
			row.put("kpi", BigDecimal.valueOf(random.nextInt(500, 1500), 3));
			row.put("mentor", random.nextInt(10) == 0);
			row.put("status", random.nextInt(20) == 0 ? "LEFT" : "ACTIVE");
			rows.add(row);
		}
		return rows;
	}
}
