package io.cotrain.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** QUANTITY (a number that says whether it is a percentage) and MONTH columns: read, written and read back unchanged. */
class QuantityAndMonthTest {

	private static final SpreadsheetSchema SCHEMA = SpreadsheetSchema.of("quantities",
			Column.text("no", "编号", "No").asRequired(),
			Column.quantity("value", "数值", "Value").withHelp("kpiRecords.import.valueHelp"),
			Column.month("month", "月份", "Month"));

	private final Spreadsheets spreadsheets = Fixtures.spreadsheets();

	private ImportPreview csv(String value, String month) {
		String text = "No,Value,Month\r\nA,\"" + value + "\",\"" + month + "\"\r\n";
		return spreadsheets.preview(SCHEMA, SpreadsheetFile.of("q.csv", text.getBytes(StandardCharsets.UTF_8)));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "15%|15|true", "15 %|15|true", "１５％|15|true", "12.50%|12.5|true", "-0.5%|-0.5|true",
			"15|15|false", "0.15|0.15|false", "1,234.5|1234.5|false" })
	void quantitiesFromTextSayWhetherTheyArePercentages(String text, String number, boolean percent) {
		ImportPreview preview = csv(text, "");
		assertThat(preview.errors()).as(text).isEmpty();
		assertThat(preview.rows().get(0).quantity("value")).isEqualTo(new Quantity(new BigDecimal(number), percent));
	}

	@Test
	void aQuantityMustBeANumber() {
		assertThat(csv("15 pieces", "").errors()).extracting(RowError::messageCode).containsExactly("spreadsheet.error.decimal");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2025-03|2025-03", "2025/3|2025-03", "2025.3|2025-03", "2025年3月|2025-03", "202503|2025-03",
			"2025-03-20|2025-03", "2025年3月20日|2025-03", "20250320|2025-03" })
	void monthsFromTextOrAnyDateOfTheMonth(String text, String month) {
		ImportPreview preview = csv("1", text);
		assertThat(preview.errors()).as(text).isEmpty();
		assertThat(preview.rows().get(0).month("month")).isEqualTo(YearMonth.parse(month));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2025-13", "March", "2025" })
	void notMonths(String text) {
		assertThat(csv("1", text).errors()).as(text).extracting(RowError::messageCode).containsExactly("spreadsheet.error.month");
	}

	@Test
	void cellsArePercentagesWhenFormattedSoAndMonthsWhenDates() {
		byte[] xlsx = Fixtures.workbook(sheet -> {
			sheet.value(0, 0, "No");
			sheet.value(0, 1, "Value");
			sheet.value(0, 2, "Month");
			sheet.value(1, 0, "A");
			sheet.value(1, 1, 0.165);
			sheet.style(1, 1).format("0.0%").set();
			sheet.value(1, 2, LocalDate.of(2025, 4, 17));
			sheet.style(1, 2).format("yyyy-mm-dd").set();
			sheet.value(2, 0, "B");
			sheet.value(2, 1, 42);
			sheet.value(2, 2, 202504);
		});
		ImportPreview preview = spreadsheets.preview(SCHEMA, SpreadsheetFile.of("q.xlsx", xlsx));
		assertThat(preview.errors()).isEmpty();
		assertThat(preview.rows()).extracting(r -> r.quantity("value"), r -> r.month("month")).containsExactly(
				org.assertj.core.groups.Tuple.tuple(Quantity.percent(new BigDecimal("16.5")), YearMonth.of(2025, 4)),
				org.assertj.core.groups.Tuple.tuple(Quantity.of(new BigDecimal("42")), YearMonth.of(2025, 4)));
	}

	@Test
	void exportsReadBackTheSameInBothFormats() {
		List<Map<String, Object>> rows = List.of(Map.of("no", "A", "value", Quantity.percent(new BigDecimal("16.5")), "month", YearMonth.of(2025, 4)),
				Map.of("no", "B", "value", Quantity.of(new BigDecimal("-42.125")), "month", YearMonth.of(1999, 12)));
		for (SpreadsheetFormat format : SpreadsheetFormat.values()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			spreadsheets.export(SCHEMA, rows, format, Locale.ENGLISH, out);
			ImportPreview back = spreadsheets.preview(SCHEMA, SpreadsheetFile.of("q." + format.extension(), out.toByteArray()));
			assertThat(back.errors()).as(format.name()).isEmpty();
			assertThat(back.rows()).as(format.name()).extracting(SheetRow::values).containsExactly(rows.get(0), rows.get(1));
			if (format == SpreadsheetFormat.CSV) {
				assertThat(out.toString(StandardCharsets.UTF_8)).contains("A,16.5%,2025-04").contains("B,-42.125,1999-12");
			}
		}
	}

	@Test
	void theTemplateReadsBackAsTheExampleRowAndItsHelpCarriesTheColumnsNote() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		spreadsheets.template(SCHEMA, Locale.ENGLISH, out);
		ImportPreview template = spreadsheets.preview(SCHEMA, SpreadsheetFile.of("t.xlsx", out.toByteArray()));
		assertThat(template.errors()).extracting(RowError::messageCode).containsExactly("spreadsheet.error.exampleRow");
		try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
			String help = workbook.getSheets().skip(1).findFirst().orElseThrow().read().stream()
				.flatMap(r -> r.stream()).filter(java.util.Objects::nonNull).map(c -> c.getText()).reduce("", String::concat);
			assertThat(help).contains("a number without % is refused");
		}
	}
}
