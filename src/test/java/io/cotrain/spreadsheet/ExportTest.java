package io.cotrain.spreadsheet;

import static io.cotrain.spreadsheet.Fixtures.EMPLOYEES;
import static io.cotrain.spreadsheet.Fixtures.dec;
import static io.cotrain.spreadsheet.Fixtures.export;
import static io.cotrain.spreadsheet.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExportTest {

	private static Map<String, Object> employee() {
		Map<String, Object> row = new HashMap<>();
		row.put("employeeNo", "00123");
		row.put("name", "王芳");
		row.put("hireDate", LocalDate.of(2024, 3, 5));
		row.put("grade", 7);
		row.put("salary", dec("8800.50"));
		row.put("kpi", dec("0.955"));
		row.put("mentor", true);
		row.put("status", "LEFT");
		return row;
	}

	private static List<List<Cell>> cells(byte[] xlsx) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false));
				var rows = workbook.getFirstSheet().openStream()) {
			return rows.map(Row::stream).map(s -> s.toList()).toList();
		}
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void exportReadsBackToTheSameValues(SpreadsheetFormat format) {
		byte[] file = export(List.of(employee(), Map.of("employeeNo", "E2", "name", "李雷")), format, Locale.SIMPLIFIED_CHINESE);
		ImportPreview preview = read(file, "export." + format.extension());
		assertThat(preview.errors()).isEmpty();
		SheetRow first = preview.rows().get(0);
		assertThat(first.values()).containsExactlyInAnyOrderEntriesOf(Map.of("employeeNo", "00123", "name", "王芳",
				"hireDate", LocalDate.of(2024, 3, 5), "grade", 7L, "salary", dec("8800.5"), "kpi", dec("0.955"),
				"mentor", true, "status", "LEFT"));
		assertThat(preview.rows().get(1).values()).containsOnlyKeys("employeeNo", "name");
	}

	@Test
	void xlsxHasHeadersInTheUsersLanguageAndTypedCells() throws IOException {
		List<List<Cell>> en = cells(export(List.of(employee()), SpreadsheetFormat.XLSX, Locale.ENGLISH));
		assertThat(en.get(0)).extracting(Cell::getText).containsExactly("Employee No", "Name", "Hire date", "Grade",
				"Monthly salary", "KPI achievement", "Mentor", "Status");
		List<Cell> row = en.get(1);
		assertThat(row.get(0).getType()).isEqualTo(CellType.STRING);
		assertThat(row.get(0).getText()).as("leading zeros kept as text").isEqualTo("00123");
		assertThat(row.get(2).getType()).isEqualTo(CellType.NUMBER);
		assertThat(row.get(2).getDataFormatString()).isEqualTo("yyyy-mm-dd");
		assertThat(row.get(2).asDate().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 5));
		assertThat(row.get(3).getType()).isEqualTo(CellType.NUMBER);
		assertThat(row.get(3).asNumber()).isEqualByComparingTo("7");
		assertThat(row.get(4).asNumber()).isEqualByComparingTo("8800.5");
		assertThat(row.get(5).asNumber()).isEqualByComparingTo("0.955");
		assertThat(row.get(5).getDataFormatString()).contains("%");
		assertThat(row.get(6).getText()).isEqualTo("Yes");
		assertThat(row.get(7).getText()).isEqualTo("Left");
		List<List<Cell>> zh = cells(export(List.of(employee()), SpreadsheetFormat.XLSX, Locale.SIMPLIFIED_CHINESE));
		assertThat(zh.get(0).get(0).getText()).isEqualTo("工号");
		assertThat(zh.get(1).get(6).getText()).isEqualTo("是");
		assertThat(zh.get(1).get(7).getText()).isEqualTo("离职");
	}

	@Test
	void csvIsUtf8WithByteOrderMarkSoExcelShowsChinese() {
		byte[] csv = export(List.of(employee()), SpreadsheetFormat.CSV, Locale.SIMPLIFIED_CHINESE);
		assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
		assertThat(text).isEqualTo("工号,姓名,入职日期,职级,月薪,绩效达成率,是否导师,状态\r\n"
				+ "00123,王芳,2024-03-05,7,8800.5,95.5%,是,离职\r\n");
	}

	@Test
	void numbersAndDatesExcelCannotHoldExactlyAreWrittenAsTextAndReadBackUnchanged() throws IOException {
		Map<String, Object> row = new HashMap<>(Map.of("employeeNo", "E1", "name", "a", "grade", 1234567890123456789L,
				"salary", dec("12345678901234.5678"), "hireDate", LocalDate.of(1890, 1, 1)));
		byte[] xlsx = export(List.of(row), SpreadsheetFormat.XLSX, Locale.ENGLISH);
		List<Cell> cells = cells(xlsx).get(1);
		assertThat(cells.get(2).getType()).isEqualTo(CellType.STRING);
		assertThat(cells.get(3).getType()).isEqualTo(CellType.STRING);
		assertThat(cells.get(4).getType()).isEqualTo(CellType.STRING);
		SheetRow back = read(xlsx, "x.xlsx").rows().get(0);
		assertThat(back.integer("grade")).isEqualTo(1234567890123456789L);
		assertThat(back.decimal("salary")).isEqualTo(dec("12345678901234.5678"));
		assertThat(back.date("hireDate")).isEqualTo(LocalDate.of(1890, 1, 1));
	}

	@ParameterizedTest
	@ValueSource(strings = { "=1+2", "+1", "-1", "@SUM(A1)", "  =HYPERLINK(\"http://x\")", "\t=1", "\r=1", "\u3000=1", "＝1+1",
			"=cmd|' /C calc'!A0", "'=1", "''-1" })
	void formulaLikeTextIsNeutralisedInBothFormatsAndReadsBackAsWritten(String text) throws IOException {
		Map<String, Object> row = Map.of("employeeNo", "E1", "name", text);
		byte[] xlsx = export(List.of(row), SpreadsheetFormat.XLSX, Locale.ENGLISH);
		assertThat(cells(xlsx).get(1).get(1).getText()).isEqualTo("'" + text);
		byte[] csv = export(List.of(row), SpreadsheetFormat.CSV, Locale.ENGLISH);
		String line = new String(csv, StandardCharsets.UTF_8).split("\r\n", 2)[1];
		assertThat(line).startsWith("E1,").doesNotStartWith("E1,=").doesNotStartWith("E1,+").doesNotStartWith("E1,-")
			.doesNotStartWith("E1,@").doesNotStartWith("E1,\t");
		assertThat(line.substring(3)).matches("(?s)\"?'.*");
		String expected = io.cotrain.spreadsheet.cells.Texts.trim(text);
		assertThat(read(xlsx, "x.xlsx").rows().get(0).text("name")).isEqualTo(expected);
		assertThat(read(csv, "x.csv").rows().get(0).text("name")).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "王芳", "a=b", "1-2", "e@mail.com", "'quoted", "O'Neil" })
	void harmlessTextIsWrittenAsIs(String text) throws IOException {
		byte[] xlsx = export(List.of(Map.of("employeeNo", "E1", "name", text)), SpreadsheetFormat.XLSX, Locale.ENGLISH);
		assertThat(cells(xlsx).get(1).get(1).getText()).isEqualTo(text);
		assertThat(read(xlsx, "x.xlsx").rows().get(0).text("name")).isEqualTo(text);
	}

	@Test
	void aValueOfTheWrongTypeIsAProgrammingError() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> export(List.of(Map.of("employeeNo", "E1", "hireDate", "2024-01-01")), SpreadsheetFormat.XLSX, Locale.ENGLISH));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> export(List.of(Map.of("employeeNo", "E1", "status", "RETIRED")), SpreadsheetFormat.CSV, Locale.ENGLISH));
	}

	@Test
	void aDownloadKeepsItsChineseFileName() {
		assertThat(SpreadsheetFormat.XLSX.attachment("员工").toString()).contains("filename*=UTF-8''%E5%91%98%E5%B7%A5.xlsx");
		assertThat(EMPLOYEES.name()).isEqualTo("employees");
	}
}
