package io.cotrain.spreadsheet;

import static io.cotrain.spreadsheet.Fixtures.EMPLOYEES;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.cotrain.spreadsheet.cells.Decimals;
import io.cotrain.spreadsheet.cells.Texts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: whatever typed values are exported, in either format and language, reading the file back gives
 * exactly the same values in the same rows — text with quotes, separators, line breaks, formula-like starts
 * and Chinese; numbers beyond Excel's precision; dates before 1900.
 */
class RoundTripPropertyTest {

	private static final String[] PIECES = { "a", "Z", "7", "王", "芳", "欧阳", " ", ",", "\"", "'", "=", "+", "-", "@", "%",
			"\n", "\r\n", "\t", "😀", "Ａ", "１", "．", "&", "<", ";", "é" };

	static Stream<Arguments> seeds() {
		return IntStream.range(0, 60).boxed().flatMap(i -> Stream.of(SpreadsheetFormat.values())
			.map(format -> Arguments.of(1_000_003L * i + 17, format, i % 2 == 0 ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH)));
	}

	@ParameterizedTest(name = "seed {0} {1} {2}")
	@MethodSource("seeds")
	void exportThenImportGivesTheSameTypedValues(long seed, SpreadsheetFormat format, Locale locale) {
		Random random = new Random(seed);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 1 + random.nextInt(30); i > 0; i--) {
			rows.add(randomRow(random));
		}
		ImportPreview preview = Fixtures.read(Fixtures.export(new ArrayList<>(rows), format, locale), "round-trip." + format.extension());
		assertThat(preview.errors()).as("seed %d", seed).isEmpty();
		assertThat(preview.rows()).hasSameSizeAs(rows);
		for (int i = 0; i < rows.size(); i++) {
			SheetRow back = preview.rows().get(i);
			assertThat(back.number()).isEqualTo(i + 2);
			assertThat(back.values()).as("seed %d row %d", seed, i).isEqualTo(rows.get(i));
		}
	}

	private static Map<String, Object> randomRow(Random random) {
		Map<String, Object> row = new HashMap<>();
		row.put("employeeNo", text(random, 32));
		row.put("name", text(random, 50));
		maybe(random, row, "hireDate", LocalDate.ofEpochDay(random.nextLong(LocalDate.of(1850, 1, 1).toEpochDay(),
				LocalDate.of(2199, 12, 31).toEpochDay())));
		maybe(random, row, "grade", random.nextBoolean() ? (long) random.nextInt(-100, 100) : random.nextLong());
		maybe(random, row, "salary", decimal(random, random.nextInt(19), 6));
		maybe(random, row, "kpi", decimal(random, 9, 6));
		maybe(random, row, "mentor", random.nextBoolean());
		maybe(random, row, "status", random.nextBoolean() ? "ACTIVE" : "LEFT");
		return row;
	}

	private static void maybe(Random random, Map<String, Object> row, String key, Object value) {
		if (random.nextInt(5) > 0) {
			row.put(key, value);
		}
	}

	/** Non-blank trimmed text of at most {@code max} characters (import trims, so that is what can come back). */
	private static String text(Random random, int max) {
		StringBuilder text = new StringBuilder();
		for (int i = random.nextInt(12); i >= 0; i--) {
			text.append(PIECES[random.nextInt(PIECES.length)]);
		}
		String trimmed = Texts.trim(text.toString());
		if (trimmed.isEmpty()) {
			trimmed = "x";
		}
		return trimmed.codePointCount(0, trimmed.length()) <= max ? trimmed
				: Texts.trim(trimmed.substring(0, trimmed.offsetByCodePoints(0, max - 1))) + "x";
	}

	private static BigDecimal decimal(Random random, int digits, int maxScale) {
		long bound = digits == 0 ? 1 : (long) Math.min(Math.pow(10, Math.min(digits, 18)), Long.MAX_VALUE);
		long unscaled = random.nextLong(-bound, bound + 1);
		return Decimals.normal(BigDecimal.valueOf(unscaled, random.nextInt(maxScale + 1)));
	}
}
