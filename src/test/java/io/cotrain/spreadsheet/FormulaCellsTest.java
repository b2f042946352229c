package io.cotrain.spreadsheet;

import static io.cotrain.spreadsheet.Fixtures.codes;
import static io.cotrain.spreadsheet.Fixtures.dec;
import static io.cotrain.spreadsheet.Fixtures.read;
import static io.cotrain.spreadsheet.RawXlsx.formulaBool;
import static io.cotrain.spreadsheet.RawXlsx.formulaError;
import static io.cotrain.spreadsheet.RawXlsx.formulaNumber;
import static io.cotrain.spreadsheet.RawXlsx.formulaString;
import static io.cotrain.spreadsheet.RawXlsx.formulaWithoutValue;
import static io.cotrain.spreadsheet.RawXlsx.inline;
import static io.cotrain.spreadsheet.RawXlsx.number;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Formulas are read as the value Excel last calculated, never evaluated; the file as Excel writes it. */
class FormulaCellsTest {

	@Test
	void formulaCellsGiveTheirCachedValues() {
		RawXlsx file = new RawXlsx();
		String header = RawXlsx.row(1, file.shared("A1", "工号"), file.shared("B1", "姓名"), file.shared("C1", "月薪"),
				file.shared("D1", "入职日期"), file.shared("E1", "是否导师"), file.shared("F1", "绩效达成率"));
		byte[] bytes = file.sheet("员工",
				header,
				// the cached values are deliberately not what the formulas would give: only the cache is read
				RawXlsx.row(2, formulaString("A2", "\"E\"&ROW()", "E2"), file.shared("B2", "王芳"), formulaNumber("C2", "8000*1.1", "8800", 0),
						formulaNumber("D2", "DATE(2024,3,5)", "45356", RawXlsx.DATE), formulaBool("E2", "1=1", true),
						formulaNumber("F2", "0.5/5", "0.1", RawXlsx.PERCENT)),
				RawXlsx.row(3, inline("A3", "E3"), inline("B3", "李雷"), formulaNumber("C3", "A1+1", "12345.67", 0))).bytes();
		ImportPreview preview = read(bytes, "formulas.xlsx");
		assertThat(preview.errors()).isEmpty();
		SheetRow first = preview.rows().get(0);
		assertThat(first.text("employeeNo")).isEqualTo("E2");
		assertThat(first.decimal("salary")).isEqualTo(dec("8800"));
		assertThat(first.date("hireDate")).isEqualTo(LocalDate.of(2024, 3, 5));
		assertThat(first.bool("mentor")).isTrue();
		assertThat(first.decimal("kpi")).isEqualTo(dec("0.1"));
		assertThat(preview.rows().get(1).decimal("salary")).isEqualTo(dec("12345.67"));
	}

	@Test
	void errorValuesAndUncalculatedFormulasAreErrorsNotBlanks() {
		byte[] bytes = new RawXlsx().sheet("S",
				RawXlsx.row(1, inline("A1", "工号"), inline("B1", "姓名"), inline("C1", "月薪"), inline("D1", "职级")),
				RawXlsx.row(2, inline("A2", "E1"), inline("B2", "a"), formulaError("C2", "1/0", "#DIV/0!"), RawXlsx.error("D2", "#N/A")),
				RawXlsx.row(3, inline("A3", "E2"), inline("B3", "b"), formulaWithoutValue("C3", "SUM(A1:A2)"), number("D3", "3", 0)),
				RawXlsx.row(4, inline("A4", "E3"), inline("B4", "c"), formulaString("C4", "IF(1=1,\"\",1)", ""), number("D4", "4", 0)))
			.bytes();
		ImportPreview preview = read(bytes, "errors.xlsx");
		assertThat(codes(preview)).containsExactly("2:salary:spreadsheet.error.cellError", "2:grade:spreadsheet.error.cellError",
				"3:salary:spreadsheet.error.formulaWithoutValue");
		assertThat(preview.errors().get(0).args()).containsExactly("#DIV/0!");
		assertThat(preview.rows().get(2).has("salary")).as("a formula giving \"\" is blank").isFalse();
	}

	@Test
	void theFirstVisibleSheetIsReadUnlessOneIsNamed() {
		RawXlsx file = new RawXlsx()
			.hiddenSheet("lists", RawXlsx.row(1, inline("A1", "在职")))
			.sheet("员工", RawXlsx.row(1, inline("A1", "工号"), inline("B1", "姓名")), RawXlsx.row(2, inline("A2", "E1"), inline("B2", "王芳")))
			.sheet("新员工", RawXlsx.row(1, inline("A1", "工号"), inline("B1", "姓名")), RawXlsx.row(2, inline("A2", "E9"), inline("B2", "李雷")));
		byte[] bytes = file.bytes();
		assertThat(read(bytes, "w.xlsx").rows().get(0).text("employeeNo")).isEqualTo("E1");
		ImportPreview named = Fixtures.spreadsheets().preview(Fixtures.EMPLOYEES, SpreadsheetFile.of("w.xlsx", bytes), "新员工");
		assertThat(named.rows().get(0).text("employeeNo")).isEqualTo("E9");
	}
}
