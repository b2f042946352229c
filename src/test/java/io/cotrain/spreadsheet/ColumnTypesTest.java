package io.cotrain.spreadsheet;

import static io.cotrain.spreadsheet.Fixtures.dec;
import static io.cotrain.spreadsheet.Fixtures.read;
import static io.cotrain.spreadsheet.Fixtures.readCsv;
import static io.cotrain.spreadsheet.Fixtures.readXlsx;
import static io.cotrain.spreadsheet.Fixtures.row;
import static io.cotrain.spreadsheet.RawXlsx.bool;
import static io.cotrain.spreadsheet.RawXlsx.inline;
import static io.cotrain.spreadsheet.RawXlsx.number;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** Each column type, from text (csv) and from typed cells (xlsx). */
class ColumnTypesTest {

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	/** One value of a column read from a csv file with the two required columns filled. */
	private static ImportPreview csvValue(String column, String value) {
		return readCsv("工号,姓名," + column + "\nE1,王,\"" + value.replace("\"", "\"\"") + "\"\n");
	}

	private static Object csvValueOf(String key, String column, String value) {
		ImportPreview preview = csvValue(column, value);
		assertThat(preview.errors()).as(value).isEmpty();
		return preview.rows().get(0).get(key);
	}

	private static String csvError(String column, String value) {
		ImportPreview preview = csvValue(column, value);
		assertThat(preview.errors()).as(value).hasSize(1);
		return preview.errors().get(0).messageCode();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1234|1234", "1,234|1234", "１２３４|1234", "12.0|12", "+7|7", "-3|-3", " 42 |42" })
	void integersFromText(String text, long expected) {
		assertThat(csvValueOf("grade", "职级", text)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "12.5", "abc", "1e3", "99999999999999999999", "1,23" })
	void notIntegers(String text) {
		assertThat(csvError("职级", text)).isEqualTo("spreadsheet.error.integer");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "12.50|12.5", "1,234.5|1234.5", "-0.25|-0.25", "100|100", ".5|0.5", "８８.８|88.8" })
	void decimalsFromText(String text, String expected) {
		assertThat(csvValueOf("salary", "月薪", text)).isEqualTo(dec(expected));
	}

	@Test
	void notADecimal() {
		assertThat(csvError("月薪", "12元")).isEqualTo("spreadsheet.error.decimal");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "8%|0.08", "8 %|0.08", "８％|0.08", "0.08|0.08", "12.5%|0.125", "150%|1.5", "-5%|-0.05",
			"1|1", "0|0", "100%|1" })
	void percentagesFromText(String text, String fraction) {
		assertThat(csvValueOf("kpi", "绩效达成率", text)).isEqualTo(dec(fraction));
	}

	@Test
	void aBareNumberAboveOneIsAnAmbiguousPercentage() {
		assertThat(csvError("绩效达成率", "8")).isEqualTo("spreadsheet.error.percentAmbiguous");
		assertThat(csvError("绩效达成率", "1.5")).isEqualTo("spreadsheet.error.percentAmbiguous");
		assertThat(csvError("绩效达成率", "abc%")).isEqualTo("spreadsheet.error.percent");
	}

	@Test
	void percentagesFromCells() {
		RawXlsx file = new RawXlsx();
		byte[] bytes = file.sheet("S", RawXlsx.row(1, inline("A1", "工号"), inline("B1", "姓名"), inline("C1", "绩效达成率")),
				RawXlsx.row(2, inline("A2", "E1"), inline("B2", "王"), number("C2", "0.08", RawXlsx.PERCENT)),
				RawXlsx.row(3, inline("A3", "E2"), inline("B3", "李"), number("C3", "1.25", RawXlsx.CUSTOM_PERCENT)),
				RawXlsx.row(4, inline("A4", "E3"), inline("B4", "张"), number("C4", "0.9", RawXlsx.GENERAL)),
				RawXlsx.row(5, inline("A5", "E4"), inline("B5", "赵"), number("C5", "8", RawXlsx.GENERAL))).bytes();
		ImportPreview preview = read(bytes, "kpi.xlsx");
		assertThat(preview.rows()).extracting(r -> r.decimal("kpi")).containsExactly(dec("0.08"), dec("1.25"), dec("0.9"), null);
		assertThat(Fixtures.codes(preview)).containsExactly("5:kpi:spreadsheet.error.percentAmbiguous");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2024-03-05", "2024/3/5", "2024/03/05", "2024.3.5", "2024-3-5", "2024年3月5日",
			"20240305", "2024-03-05 08:30:00", "2024/3/5 8:30", "45356", "２０２４－０３－０５" })
	void datesFromText(String text) {
		assertThat(csvValueOf("hireDate", "入职日期", text)).isEqualTo(LocalDate.of(2024, 3, 5));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2024", "2023-02-30", "2024-13-01", "05/03/2024", "next monday", "2024/3-5", "1000" })
	void notDates(String text) {
		assertThat(csvError("入职日期", text)).isEqualTo("spreadsheet.error.date");
	}

	@Test
	void datesFromCells() {
		byte[] bytes = new RawXlsx().sheet("S", RawXlsx.row(1, inline("A1", "工号"), inline("B1", "姓名"), inline("C1", "入职日期")),
				RawXlsx.row(2, inline("A2", "E1"), inline("B2", "a"), number("C2", "45356", RawXlsx.DATE)),
				RawXlsx.row(3, inline("A3", "E2"), inline("B3", "b"), number("C3", "45356.75", RawXlsx.CHINESE_DATE)),
				RawXlsx.row(4, inline("A4", "E3"), inline("B4", "c"), number("C4", "45356", RawXlsx.CUSTOM_DATE)),
				RawXlsx.row(5, inline("A5", "E4"), inline("B5", "d"), number("C5", "45356", RawXlsx.GENERAL)),
				RawXlsx.row(6, inline("A6", "E5"), inline("B6", "e"), number("C6", "61", RawXlsx.DATE)),
				RawXlsx.row(7, inline("A7", "E6"), inline("B7", "f"), number("C7", "59", RawXlsx.DATE)),
				RawXlsx.row(8, inline("A8", "E7"), inline("B8", "g"), number("C8", "2024", RawXlsx.GENERAL))).bytes();
		ImportPreview preview = read(bytes, "dates.xlsx");
		LocalDate march5 = LocalDate.of(2024, 3, 5);
		assertThat(preview.rows()).extracting(r -> r.date("hireDate"))
			.containsExactly(march5, march5, march5, march5, LocalDate.of(1900, 3, 1), LocalDate.of(1900, 2, 28), null);
		assertThat(Fixtures.codes(preview)).containsExactly("8:hireDate:spreadsheet.error.date");
	}

	@Test
	void datesOfA1904Workbook() {
		byte[] bytes = new RawXlsx().date1904().sheet("S", RawXlsx.row(1, inline("A1", "工号"), inline("B1", "姓名"), inline("C1", "入职日期")),
				RawXlsx.row(2, inline("A2", "E1"), inline("B2", "a"), number("C2", "43894", RawXlsx.DATE))).bytes();
		assertThat(read(bytes, "mac.xlsx").rows().get(0).date("hireDate")).isEqualTo(LocalDate.of(2024, 3, 5));
	}

	@Test
	void datesWrittenAsDateCells() {
		ImportPreview preview = readXlsx(row("工号", "姓名", "入职日期"), row("E1", "王", LocalDate.of(1999, 12, 31)));
		assertThat(preview.rows().get(0).date("hireDate")).isEqualTo(LocalDate.of(1999, 12, 31));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Y|true", "N|false", "y|true", "是|true", "否|false", "true|true", "FALSE|false",
			"1|true", "0|false", "Yes|true", "no|false", "Ｙ|true" })
	void booleansFromText(String text, boolean expected) {
		assertThat(csvValueOf("mentor", "是否导师", text)).isEqualTo(expected);
	}

	@Test
	void booleansFromCellsAndRefusals() {
		ImportPreview preview = read(new RawXlsx().sheet("S",
				RawXlsx.row(1, inline("A1", "工号"), inline("B1", "姓名"), inline("C1", "是否导师")),
				RawXlsx.row(2, inline("A2", "E1"), inline("B2", "a"), bool("C2", true)),
				RawXlsx.row(3, inline("A3", "E2"), inline("B3", "b"), number("C3", "0", RawXlsx.GENERAL)),
				RawXlsx.row(4, inline("A4", "E3"), inline("B4", "c"), inline("C4", "maybe"))).bytes(), "b.xlsx");
		assertThat(preview.rows()).extracting(r -> r.bool("mentor")).containsExactly(true, false, null);
		assertThat(Fixtures.codes(preview)).containsExactly("4:mentor:spreadsheet.error.boolean");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "ACTIVE|ACTIVE", "active|ACTIVE", "在职|ACTIVE", "Active|ACTIVE", "离职|LEFT", " LEFT |LEFT", "ｌｅｆｔ|LEFT" })
	void choicesByValueOrLabel(String text, String value) {
		assertThat(csvValueOf("status", "状态", text)).isEqualTo(value);
	}

	@Test
	void aValueOutsideTheChoicesListsTheAllowedOnesInTheReadersLanguage() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		RowError zh = csvValue("状态", "退休").errors().get(0);
		assertThat(zh.messageCode()).isEqualTo("spreadsheet.error.choice");
		assertThat(zh.args()).containsExactly("退休", "在职 / 离职");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(csvValue("状态", "退休").errors().get(0).args()).containsExactly("退休", "Active / Left");
	}

	@Test
	void textIsTrimmedAndNumberCellsKeepTheirDigits() {
		ImportPreview preview = readXlsx(row("工号", "姓名"), row(1001, "  王 芳 \u3000"), row(new BigDecimal("20240001"), "李"));
		assertThat(preview.errors()).isEmpty();
		assertThat(preview.rows()).extracting(r -> r.text("employeeNo")).containsExactly("1001", "20240001");
		assertThat(preview.rows().get(0).text("name")).isEqualTo("王 芳");
	}

	@Test
	void textLongerThanItsColumnAllowsIsCountedInCharacters() {
		String fifty = "王".repeat(50);
		ImportPreview preview = readXlsx(row("工号", "姓名"), row("E1", fifty), row("E2", fifty + "芳"), row("E".repeat(33), "李"));
		assertThat(Fixtures.codes(preview)).containsExactly("3:name:spreadsheet.error.tooLong", "4:employeeNo:spreadsheet.error.tooLong");
		assertThat(preview.errors().get(0).args()).containsExactly("50", "51");
		assertThat(preview.errors().get(1).args()).containsExactly("32", "33");
	}

	@Test
	void numbersBeyondExcelsPrecisionAreRoundedTo15Digits() {
		ImportPreview preview = read(new RawXlsx().sheet("S",
				RawXlsx.row(1, inline("A1", "工号"), inline("B1", "姓名"), inline("C1", "月薪")),
				RawXlsx.row(2, inline("A2", "E1"), inline("B2", "a"), number("C2", "0.30000000000000004", RawXlsx.GENERAL))).bytes(), "n.xlsx");
		assertThat(preview.rows().get(0).decimal("salary")).isEqualTo(dec("0.3"));
	}
}
