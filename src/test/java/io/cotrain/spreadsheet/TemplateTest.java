package io.cotrain.spreadsheet;

import static io.cotrain.spreadsheet.Fixtures.EMPLOYEES;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class TemplateTest {

	private static byte[] template(Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Fixtures.spreadsheets().template(EMPLOYEES, locale, out);
		return out.toByteArray();
	}

	private static List<List<String>> texts(ReadableWorkbook workbook, Sheet sheet) throws IOException {
		try (var rows = sheet.openStream()) {
			return rows.map(r -> r.stream().map(c -> c == null ? "" : c.getText()).toList()).toList();
		}
	}

	@Test
	void chineseTemplateHasHeadersAnExampleRowAndAHelpSheet() throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template(Locale.SIMPLIFIED_CHINESE)))) {
			List<Sheet> sheets = workbook.getSheets().toList();
			assertThat(sheets).extracting(Sheet::getName).containsExactly("数据", "说明");
			List<List<String>> data = texts(workbook, sheets.get(0));
			assertThat(data).hasSize(2);
			assertThat(data.get(0)).containsExactly("工号", "姓名", "入职日期", "职级", "月薪", "绩效达成率", "是否导师", "状态");
			assertThat(data.get(1).get(0)).isEqualTo("示例");
			assertThat(data.get(1).get(7)).isEqualTo("在职");
			List<List<String>> help = texts(workbook, sheets.get(1));
			assertThat(help.get(0).get(0)).isEqualTo("填写说明");
			assertThat(help.get(2)).as("row 3 of the sheet (row 3 is empty)").containsExactly("列名", "必填", "类型", "格式与可选值", "最大长度", "示例", "也可使用的列名");
			List<String> employeeNo = help.get(3);
			assertThat(employeeNo.subList(0, 3)).containsExactly("工号", "是", "文本");
			assertThat(employeeNo.get(4)).isEqualTo("32");
			assertThat(employeeNo.get(6)).contains("员工编号", "employee_no", "Employee No");
			List<String> status = help.get(3 + 7);
			assertThat(status.subList(0, 3)).containsExactly("状态", "否", "选项");
			assertThat(status.get(3)).contains("在职", "离职");
			assertThat(help.get(3 + 5).get(3)).contains("8%", "0.08");
			assertThat(help).hasSize(3 + EMPLOYEES.columns().size());
		}
	}

	@Test
	void englishTemplate() throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template(Locale.ENGLISH)))) {
			List<Sheet> sheets = workbook.getSheets().toList();
			assertThat(sheets).extracting(Sheet::getName).containsExactly("Data", "Help");
			assertThat(texts(workbook, sheets.get(0)).get(0)).startsWith("Employee No", "Name");
			List<List<String>> help = texts(workbook, sheets.get(1));
			assertThat(help.get(3 + 7).get(3)).contains("Active", "Left");
			assertThat(help.get(3 + 1).subList(0, 3)).containsExactly("Name", "Yes", "Text");
		}
	}

	@Test
	void theExampleRowIsTypedLikeAnExport() throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template(Locale.ENGLISH)));
				var rows = workbook.getFirstSheet().openStream()) {
			Row example = rows.skip(1).findFirst().orElseThrow();
			Cell hireDate = example.getCell(2);
			assertThat(hireDate.getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
			assertThat(hireDate.asDate().toLocalDate()).isEqualTo(java.time.LocalDate.of(2025, 1, 31));
		}
	}

	@Test
	void choiceAndYesNoColumnsOfferTheirLabelsAsADropDown() throws IOException {
		String sheet;
		// fastexcel's archives need the central directory (java.util.zip.ZipInputStream cannot read them)
		try (var zip = org.apache.commons.compress.archivers.zip.ZipFile.builder()
			.setSeekableByteChannel(new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(template(Locale.SIMPLIFIED_CHINESE)))
			.get(); var in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
			sheet = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		assertThat(sheet).contains("<dataValidation sqref=\"G2:G20001\" type=\"list\"").contains("<formula1>\"是,否\"</formula1>")
			.contains("<dataValidation sqref=\"H2:H20001\"").contains("<formula1>\"在职,离职\"</formula1>");
	}

	@Test
	void aFilledInTemplateImportsAndItsExampleRowDoesNot() {
		byte[] template = template(Locale.ENGLISH);
		ImportPreview asIs = Fixtures.read(template, "template.xlsx");
		assertThat(Fixtures.codes(asIs)).containsExactly("2::spreadsheet.error.exampleRow");
	}
}
