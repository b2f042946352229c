package io.cotrain.spreadsheet;

import static io.cotrain.spreadsheet.Fixtures.EMPLOYEES;
import static io.cotrain.spreadsheet.Fixtures.codes;
import static io.cotrain.spreadsheet.Fixtures.readCsv;
import static io.cotrain.spreadsheet.Fixtures.readXlsx;
import static io.cotrain.spreadsheet.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderMatchingTest {

	@Test
	void readsChineseHeaders() {
		ImportPreview preview = readXlsx(row("工号", "姓名", "状态"), row("E001", "王芳", "在职"));
		assertThat(preview.errors()).isEmpty();
		assertThat(preview.rows()).singleElement().satisfies(r -> {
			assertThat(r.number()).isEqualTo(2);
			assertThat(r.text("employeeNo")).isEqualTo("E001");
			assertThat(r.text("name")).isEqualTo("王芳");
			assertThat(r.choice("status")).isEqualTo("ACTIVE");
		});
		assertThat(preview.headers()).containsExactly(java.util.Map.entry("employeeNo", "工号"), java.util.Map.entry("name", "姓名"),
				java.util.Map.entry("status", "状态"));
	}

	@Test
	void readsEnglishHeadersAndAliases() {
		ImportPreview preview = readCsv("employee_no,Name,Hire date\r\nE002,Li Lei,2024-03-05\r\n");
		assertThat(preview.errors()).isEmpty();
		assertThat(preview.rows().get(0).text("employeeNo")).isEqualTo("E002");
		assertThat(preview.rows().get(0).date("hireDate")).isEqualTo(java.time.LocalDate.of(2024, 3, 5));
	}

	@ParameterizedTest
	@ValueSource(strings = { "工号", "员工编号", "Employee No", "employee_no", "EMPLOYEE NO", " employee  no ", "employeeno",
			"Ｅｍｐｌｏｙｅｅ　Ｎｏ", "ＥＭＰＬＯＹＥＥ＿ＮＯ", "*工号", "工号 *", "employeeNo", "工　号" })
	void headerMatchingIgnoresCaseSpacesWidthAndRequiredMarks(String header) {
		assertThat(EMPLOYEES.columnForHeader(header)).map(Column::key).contains("employeeNo");
		ImportPreview preview = readXlsx(row(header, "姓名"), row("E003", "张三"));
		assertThat(preview.errors()).isEmpty();
		assertThat(preview.headers()).containsEntry("employeeNo", header.strip());
	}

	@Test
	void unknownHeadersAreFileErrors() {
		ImportPreview preview = readXlsx(row("工号", "姓名", "备注", "部门编码"), row("E004", "赵六", "x", "D1"));
		assertThat(codes(preview)).containsExactly("0::spreadsheet.file.unknownHeader", "0::spreadsheet.file.unknownHeader");
		assertThat(preview.fileErrors()).extracting(RowError::header).containsExactly("备注", "部门编码");
		assertThat(preview.fileErrors().get(0).args()).containsExactly("备注");
	}

	@Test
	void missingRequiredHeadersAreFileErrorsButTheRestIsStillRead() {
		ImportPreview preview = readXlsx(row("工号", "职级"), row("E005", "x"));
		assertThat(codes(preview)).containsExactly("0:name:spreadsheet.file.missingHeader", "2:grade:spreadsheet.error.integer");
	}

	@Test
	void twoHeadersForOneColumnAreAFileError() {
		ImportPreview preview = readXlsx(row("工号", "姓名", "Employee No"), row("E006", "钱七", "E006"));
		assertThat(codes(preview)).containsExactly("0:employeeNo:spreadsheet.file.duplicateHeader");
		assertThat(preview.fileErrors().get(0).args()).containsExactly("Employee No", "工号");
	}

	@Test
	void aTitleAboveTheHeaderIsSkippedAndRowNumbersStayTrue() {
		ImportPreview preview = readXlsx(row("2025 年员工名单"), row(), row("工号", "姓名"), row("E007", "孙八"), row(), row("E008", "周九"));
		assertThat(preview.errors()).isEmpty();
		assertThat(preview.rows()).extracting(SheetRow::number).containsExactly(4, 6);
	}

	@Test
	void aFileWithoutAnyKnownHeaderSaysWhatItExpects() {
		ImportPreview preview = readXlsx(row("a", "b"), row("1", "2"));
		assertThat(codes(preview)).containsExactly("0::spreadsheet.file.noHeader");
		assertThat(preview.fileErrors().get(0).args().get(0)).contains("Employee No").contains("Name");
	}

	@Test
	void aSchemaRefusesAHeaderThatWouldNameTwoColumns() {
		assertThatIllegalArgumentException().isThrownBy(() -> SpreadsheetSchema.of("bad",
				Column.text("a", "编号", "Number"), Column.text("b", "号码", "NUMBER ")))
			.withMessageContaining("would name both");
		assertThatIllegalArgumentException().isThrownBy(() -> SpreadsheetSchema.of("bad",
				Column.text("a", "编号", "Code"), Column.integer("a", "数量", "Count")));
	}
}
