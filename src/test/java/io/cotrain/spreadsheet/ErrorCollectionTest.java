package io.cotrain.spreadsheet;

import static io.cotrain.spreadsheet.Fixtures.codes;
import static io.cotrain.spreadsheet.Fixtures.readXlsx;
import static io.cotrain.spreadsheet.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Every problem of a file is reported at once, with the row number the spreadsheet shows. */
class ErrorCollectionTest {

	private static final Object[] HEADER = row("工号", "姓名", "入职日期", "职级", "月薪", "绩效达成率", "是否导师", "状态");

	@Test
	void collectsEveryProblemOfEveryRowInRowOrder() {
		ImportPreview preview = readXlsx(HEADER,
				row("E1", "王芳", "2024-01-02", 3, 8000, "95%", "是", "在职"),     // row 2: fine
				row(null, "李雷", "2024-13-01", "三", 8000, "8", "也许", "退休"),  // row 3: five problems
				row(),                                                             // row 4: blank, skipped
				row("  ", " ", null, null, null, null, null, null),                // row 5: blank (spaces only), skipped
				row("E3", null, null, 2.5, "八千", null, null, null),              // row 6: three problems
				row("E4", "韩梅梅", null, null, null, null, null, null));           // row 7: fine
		assertThat(codes(preview)).containsExactly(
				"3:employeeNo:spreadsheet.error.required",
				"3:hireDate:spreadsheet.error.date",
				"3:grade:spreadsheet.error.integer",
				"3:kpi:spreadsheet.error.percentAmbiguous",
				"3:mentor:spreadsheet.error.boolean",
				"3:status:spreadsheet.error.choice",
				"6:name:spreadsheet.error.required",
				"6:grade:spreadsheet.error.integer",
				"6:salary:spreadsheet.error.decimal");
		assertThat(preview.rows()).extracting(SheetRow::number).containsExactly(2, 3, 6, 7);
		assertThat(preview.rowCount()).isEqualTo(4);
		assertThat(preview.invalidRowCount()).isEqualTo(2);
		assertThat(preview.validRowCount()).isEqualTo(2);
		assertThat(preview.validRows()).extracting(SheetRow::number).containsExactly(2, 7);
		assertThat(preview.errors()).filteredOn(e -> e.rowNumber() == 3 && "hireDate".equals(e.columnKey()))
			.singleElement().satisfies(e -> {
				assertThat(e.header()).isEqualTo("入职日期");
				assertThat(e.args()).containsExactly("2024-13-01");
			});
	}

	@Test
	void aBadValueIsAbsentFromItsRowButTheRestOfTheRowIsRead() {
		ImportPreview preview = readXlsx(HEADER, row("E1", "王芳", "someday", 3, null, null, null, null));
		SheetRow row = preview.rows().get(0);
		assertThat(row.has("hireDate")).isFalse();
		assertThat(row.integer("grade")).isEqualTo(3L);
		assertThat(row.has("salary")).isFalse();
	}

	@Test
	void theOwningModuleAddsItsOwnErrorsAndDuplicatesAreFoundByKey() {
		ImportPreview preview = readXlsx(row("工号", "姓名", "入职日期"),
				row("E1", "王芳", "2024-01-02"), row("E2", "李雷", "2024-01-02"), row("e1", "王芳", "2024-01-03"),
				row("Ｅ２", "李雷", "2024-01-02"));
		assertThat(codes(preview.withErrors(preview.duplicates("employeeNo"))))
			.containsExactly("4:employeeNo:spreadsheet.error.duplicate", "5:employeeNo:spreadsheet.error.duplicate");
		assertThat(preview.duplicates("employeeNo").get(0).args()).containsExactly("e1", "2");
		assertThat(preview.duplicates("employeeNo").get(1).args()).containsExactly("Ｅ２", "3");
		// a composite key: the same employee on the same day
		assertThat(preview.duplicates("name", "hireDate")).singleElement()
			.satisfies(e -> assertThat(e.rowNumber()).isEqualTo(5));
		RowError unknownOrg = preview.error(preview.rows().get(1), "name", "employee.import.unknownOrgUnit", "D9");
		ImportPreview checked = preview.withErrors(List.of(unknownOrg));
		assertThat(checked.hasErrors()).isTrue();
		assertThat(checked.errors()).singleElement().satisfies(e -> {
			assertThat(e.rowNumber()).isEqualTo(3);
			assertThat(e.header()).isEqualTo("姓名");
		});
		assertThat(preview.hasErrors()).as("previews are values").isFalse();
	}

	@Test
	void aCellThatCouldNotBeReadKeepsItsOneReason() {
		ImportPreview preview = readXlsx(row("工号", "姓名", "入职日期"), row("E1", "王芳", "2024-13-45"), row("E2", "李雷", null));
		SheetRow unreadable = preview.rows().get(0);
		SheetRow empty = preview.rows().get(1);
		ImportPreview checked = preview.withErrors(List.of(
				preview.error(unreadable, "hireDate", "employee.import.hireDateRequired"),
				preview.error(unreadable, "name", "employee.import.unknownOrgUnit", "D9"),
				preview.error(empty, "hireDate", "employee.import.hireDateRequired")));
		assertThat(codes(checked)).containsExactly("2:hireDate:spreadsheet.error.date", "2:name:employee.import.unknownOrgUnit",
				"3:hireDate:employee.import.hireDateRequired");
	}

	@Test
	void theTemplatesExampleRowLeftInIsRefused() {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		Fixtures.spreadsheets().template(Fixtures.EMPLOYEES, java.util.Locale.SIMPLIFIED_CHINESE, out);
		ImportPreview preview = Fixtures.read(out.toByteArray(), "template.xlsx");
		assertThat(codes(preview)).containsExactly("2::spreadsheet.error.exampleRow");
	}
}
