package io.cotrain.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cotrain.spreadsheet.Column.Choice;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.unit.DataSize;

/** The test schema (an employee list like the employee module's), the real message bundles, and files made here. */
public final class Fixtures {

	public static final SpreadsheetSchema EMPLOYEES = SpreadsheetSchema.of("employees",
			Column.text("employeeNo", "工号", "Employee No").asRequired().withMaxLength(32).withAliases("员工编号", "employee_no"),
			Column.text("name", "姓名", "Name").asRequired().withMaxLength(50),
			Column.date("hireDate", "入职日期", "Hire date"),
			Column.integer("grade", "职级", "Grade"),
			Column.decimal("salary", "月薪", "Monthly salary"),
			Column.percent("kpi", "绩效达成率", "KPI achievement"),
			Column.bool("mentor", "是否导师", "Mentor"),
			Column.choice("status", "状态", "Status", new Choice("ACTIVE", "在职", "Active"), new Choice("LEFT", "离职", "Left")));

	private Fixtures() {
	}

	public static MessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	public static Spreadsheets spreadsheets() {
		return new Spreadsheets(SpreadsheetProperties.defaults(), messages());
	}

	public static Spreadsheets spreadsheets(DataSize maxFileSize, int maxRows) {
		return new Spreadsheets(new SpreadsheetProperties(maxFileSize, maxRows, null), messages());
	}

	public static ImportPreview read(byte[] bytes, String name) {
		return spreadsheets().preview(EMPLOYEES, SpreadsheetFile.of(name, bytes));
	}

	public static ImportPreview readXlsx(Object[]... rows) {
		return read(xlsx(rows), "employees.xlsx");
	}

	public static ImportPreview readCsv(String text) {
		return read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "employees.csv");
	}

	public static byte[] csv(String text, Charset charset) {
		return text.getBytes(charset);
	}

	/**
	 * A workbook whose first sheet has these rows (row 1 first): strings as text cells, numbers as number cells,
	 * dates as date cells ({@code yyyy-mm-dd}), booleans as TRUE/FALSE cells, nulls as no cell.
	 */
	public static byte[] xlsx(Object[]... rows) {
		return workbook(sheet -> {
			for (int r = 0; r < rows.length; r++) {
				for (int c = 0; c < rows[r].length; c++) {
					put(sheet, r, c, rows[r][c]);
				}
			}
		});
	}

	public static byte[] workbook(java.util.function.Consumer<Worksheet> fill) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "CoTrainTest", "1.0");
			Worksheet sheet = workbook.newWorksheet("Sheet1");
			fill.accept(sheet);
			workbook.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static void put(Worksheet sheet, int r, int c, Object value) {
		if (value instanceof String s) {
			sheet.value(r, c, s);
		}
		else if (value instanceof Number n) {
			sheet.value(r, c, n);
		}
		else if (value instanceof Boolean b) {
			sheet.value(r, c, b);
		}
		else if (value instanceof LocalDate d) {
			sheet.value(r, c, d);
			sheet.style(r, c).format("yyyy-mm-dd").set();
		}
		else if (value != null) {
			throw new IllegalArgumentException(value.getClass().getName());
		}
	}

	public static Object[] row(Object... cells) {
		return cells;
	}

	/** The Chinese headers of the test schema, in order. */
	public static Object[] zhHeaders() {
		return EMPLOYEES.columns().stream().map(c -> c.label(Locale.SIMPLIFIED_CHINESE)).toArray();
	}

	public static byte[] export(List<Map<String, ?>> rows, SpreadsheetFormat format, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		spreadsheets().export(EMPLOYEES, rows, format, locale, out);
		return out.toByteArray();
	}

	/** The codes of the errors, as "row:column:code" ("0::code" for file-level errors). */
	public static List<String> codes(ImportPreview preview) {
		return preview.errors().stream()
			.map(e -> e.rowNumber() + ":" + (e.columnKey() == null ? "" : e.columnKey()) + ":" + e.messageCode())
			.toList();
	}

	public static BigDecimal dec(String value) {
		return new BigDecimal(value);
	}

	static List<Object> list(Object... values) {
		return Arrays.asList(values);
	}
}
