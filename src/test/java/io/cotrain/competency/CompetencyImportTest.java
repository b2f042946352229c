package io.cotrain.competency;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cotrain.CoTrainTest;
import io.cotrain.competency.CompetencyFiles.Sheet;
import io.cotrain.competency.CompetencyModel.Category;
import io.cotrain.competency.CompetencyModel.CompetencyForm;
import io.cotrain.competency.Performance.KpiForm;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.TestStaff;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.spreadsheet.CheckedPreview;
import io.cotrain.spreadsheet.ImportCounts;
import io.cotrain.spreadsheet.ImportPreview;
import io.cotrain.spreadsheet.Quantity;
import io.cotrain.spreadsheet.RowError;
import io.cotrain.spreadsheet.SpreadsheetFile;
import io.cotrain.spreadsheet.SpreadsheetFormat;
import io.cotrain.spreadsheet.Spreadsheets;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.tenancy.TestBrowser;
import io.cotrain.tenancy.TestHttp;
import io.cotrain.tenancy.TestTenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Assessment and KPI record files: every bad row with its reason, all or nothing, re-import and export → import change
 * nothing, the percent rule of KPI values, region admins limited to their employees, other tenants kept out.
 */
@CoTrainTest
class CompetencyImportTest {

	private static final String ASSESSMENT_HEADER = "工号,能力编码,等级,评估日期,来源,评估人\r\n";
	private static final String KPI_HEADER = "Employee No,KPI code,Month,Value\r\n";

	@LocalServerPort
	int port;
	@Autowired
	JsonMapper json;
	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	TenantDirectory directory;
	@Autowired
	Organisation organisation;
	@Autowired
	EmployeeRegistry registry;
	@Autowired
	Accounts accounts;
	@Autowired
	CompetencyModel model;
	@Autowired
	Performance performance;
	@Autowired
	CompetencyFiles files;
	@Autowired
	Spreadsheets spreadsheets;
	@Autowired
	JdbcClient jdbc;

	private TestStaff staff;
	private EmployeeView east1;
	private EmployeeView east2;
	private EmployeeView south1;
	private UUID errorRate;
	private UUID tickets;

	@BeforeEach
	void company() {
		staff = new TestStaff(provisioning, directory, organisation, registry, accounts);
		east1 = staff.hire("E-1", "东区一", staff.east, staff.clerk);
		east2 = staff.hire("E-2", "东区二", staff.east, staff.clerk);
		south1 = staff.hire("S-1", "南区一", staff.south, staff.cadre);
		staff.in(() -> model.create(new CompetencyForm("COMM", "沟通", "Communication", Category.COLLABORATION, null, null)));
		staff.in(() -> model.create(new CompetencyForm("ENTRY", "录入", "Entry", Category.EXECUTION, null, null)));
		errorRate = staff.in(() -> performance.create(new KpiForm("ERR", "差错率", "Error rate", "%", NeedAnalysis.Direction.LOWER_IS_BETTER,
				new BigDecimal("8"), List.of()))).id();
		tickets = staff.in(() -> performance.create(new KpiForm("TICKETS", "工单数", "Tickets", "件", NeedAnalysis.Direction.HIGHER_IS_BETTER,
				new BigDecimal("40"), List.of()))).id();
	}

	private static SpreadsheetFile csv(String text) {
		return SpreadsheetFile.of("file.csv", text.getBytes(StandardCharsets.UTF_8));
	}

	private byte[] workbook(Sheet sheet, List<Map<String, Object>> rows, SpreadsheetFormat format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		spreadsheets.export(files.schema(sheet), rows, format, Locale.SIMPLIFIED_CHINESE, out);
		return out.toByteArray();
	}

	private static Map<String, Object> assessment(String number, String competency, long level, LocalDate on, String source) {
		Map<String, Object> row = new HashMap<>();
		row.put("employeeNo", number);
		row.put("competency", competency);
		row.put("level", level);
		row.put("assessedOn", on);
		row.put("source", source);
		row.put("assessor", "导师甲");
		return row;
	}

	private static Map<String, Object> kpi(String number, String code, YearMonth month, Quantity value) {
		return new HashMap<>(Map.of("employeeNo", number, "kpi", code, "month", month, "value", value));
	}

	private CheckedPreview preview(Sheet sheet, SpreadsheetFile file) {
		return staff.in(() -> files.preview(sheet, file));
	}

	private ImportCounts importClean(Sheet sheet, SpreadsheetFile file) {
		CheckedPreview previewed = preview(sheet, file);
		assertThat(previewed.preview().errors()).as("errors of " + file.name()).isEmpty();
		return staff.in(() -> files.apply(sheet, previewed.token()));
	}

	private long count(String table) {
		return staff.in(() -> jdbc.sql("select count(*) from " + table).query(Long.class).single());
	}

	private byte[] export(Sheet sheet, SpreadsheetFormat format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		staff.in(() -> {
			files.export(sheet, null, format, Locale.ENGLISH, out);
			return null;
		});
		return out.toByteArray();
	}

	@Test
	void everyBadAssessmentRowIsListedWithItsReasonAndNothingIsApplied() {
		String file = ASSESSMENT_HEADER
				+ "E-1,COMM,3,2025-01-31,导师评,\r\n" // fine
				+ "X-9,COMM,3,2025-01-31,MENTOR,\r\n" // unknown employee
				+ "E-1,NOPE,3,2025-01-31,MENTOR,\r\n" // unknown competency
				+ "E-1,ENTRY,7,2025-01-31,MENTOR,\r\n" // level out of range
				+ "E-1,ENTRY,three,2025-01-31,SELF,\r\n" // wrong type
				+ "E-1,,3,2025-01-31,MENTOR,\r\n" // missing field
				+ "E-2,COMM,3,2025-01-31,BOSS,\r\n" // unknown choice
				+ "E-2,COMM,3,2025-13-01,SELF,\r\n" // no date
				+ "E-1,COMM,4,2025-01-31,Mentor,\r\n"; // the same key as row 2
		CheckedPreview previewed = preview(Sheet.ASSESSMENTS, csv(file));
		assertThat(previewed.preview().rowCount()).isEqualTo(9);
		assertThat(previewed.preview().rowErrors()).extracting(RowError::rowNumber, RowError::columnKey, RowError::messageCode)
			.containsExactly(
					Tuple.tuple(3, "employeeNo", "competency.import.unknownEmployee"),
					Tuple.tuple(4, "competency", "competency.import.unknownCompetency"),
					Tuple.tuple(5, "level", "validation.competency.level"),
					Tuple.tuple(6, "level", "spreadsheet.error.integer"),
					Tuple.tuple(7, "competency", "spreadsheet.error.required"),
					Tuple.tuple(8, "source", "spreadsheet.error.choice"),
					Tuple.tuple(9, "assessedOn", "spreadsheet.error.date"),
					Tuple.tuple(10, "employeeNo", "spreadsheet.error.duplicate"));
		assertThat(previewed.preview().rowErrors().get(7).args()).containsExactly("E-1 / COMM / 2025-01-31 / MENTOR", "2");
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> staff.in(() -> files.apply(Sheet.ASSESSMENTS, previewed.token())))
			.satisfies(e -> assertThat(e.violations().get(0).code()).isEqualTo("spreadsheet.preview.hasErrors"));
		assertThat(count("assessment")).isZero();
	}

	@Test
	void assessmentsUpsertByEmployeeCompetencyDateAndSourceAndReimportOrExportChangesNothing() {
		LocalDate on = LocalDate.of(2025, 1, 31);
		List<Map<String, Object>> rows = List.of(assessment("E-1", "COMM", 3, on, "MENTOR"), assessment("E-1", "COMM", 2, on, "SELF"),
				assessment("E-2", "ENTRY", 4, on, "TEST"));
		byte[] bytes = workbook(Sheet.ASSESSMENTS, rows, SpreadsheetFormat.XLSX);
		assertThat(importClean(Sheet.ASSESSMENTS, SpreadsheetFile.of("a.xlsx", bytes))).isEqualTo(new ImportCounts(3, 0, 0));
		assertThat(staff.in(() -> model.assessments(east1.id()))).extracting(CompetencyModel.Assessment::level)
			.containsExactlyInAnyOrder(3, 2);
		long audit = count("audit_event");

		assertThat(importClean(Sheet.ASSESSMENTS, SpreadsheetFile.of("a.xlsx", bytes))).isEqualTo(new ImportCounts(0, 0, 3));
		for (SpreadsheetFormat format : SpreadsheetFormat.values()) {
			byte[] exported = export(Sheet.ASSESSMENTS, format);
			assertThat(importClean(Sheet.ASSESSMENTS, SpreadsheetFile.of("export." + format.extension(), exported)))
				.as(format.name()).isEqualTo(new ImportCounts(0, 0, 3));
		}
		assertThat(count("assessment")).isEqualTo(3);
		assertThat(count("audit_event")).isEqualTo(audit);

		// one level changed: that assessment is updated (and audited), none is added
		List<Map<String, Object>> changed = List.of(assessment("E-1", "COMM", 4, on, "MENTOR"), assessment("E-1", "COMM", 2, on, "SELF"),
				assessment("E-2", "ENTRY", 4, on, "TEST"));
		assertThat(importClean(Sheet.ASSESSMENTS, SpreadsheetFile.of("a.csv", workbook(Sheet.ASSESSMENTS, changed, SpreadsheetFormat.CSV))))
			.isEqualTo(new ImportCounts(0, 1, 2));
		assertThat(count("assessment")).isEqualTo(3);
		assertThat(count("audit_event")).isEqualTo(audit + 1);
		assertThat(staff.in(() -> model.assessments(east1.id()))).extracting(CompetencyModel.Assessment::level)
			.containsExactlyInAnyOrder(4, 2);
	}

	@Test
	void percentKpisTakePercentagesStoredAsPercentPointsAndOtherKpisPlainNumbers() {
		String file = KPI_HEADER
				+ "E-1,ERR,2025-03,15%\r\n" // percent KPI, percentage: stored 15
				+ "E-2,ERR,2025-03-20,\"12,5 %\"\r\n" // a date names its month; a comma is no decimal point here → error
				+ "E-2,ERR,2025-04,15\r\n" // percent KPI, bare number: ambiguous
				+ "E-1,TICKETS,2025-02,3%\r\n" // not a percent KPI
				+ "E-1,TICKETS,202503,42\r\n" // fine
				+ "E-1,NOPE,2025-03,1\r\n" // unknown KPI
				+ "E-1,ERR,2025年3月,16%\r\n"; // the same employee, KPI and month as row 2
		CheckedPreview bad = preview(Sheet.KPI_RECORDS, csv(file));
		assertThat(bad.preview().rowErrors()).extracting(RowError::rowNumber, RowError::columnKey, RowError::messageCode)
			.containsExactly(
					Tuple.tuple(3, "value", "spreadsheet.error.decimal"),
					Tuple.tuple(4, "value", "competency.import.percentRequired"),
					Tuple.tuple(5, "value", "competency.import.percentNotAllowed"),
					Tuple.tuple(7, "kpi", "competency.import.unknownKpi"),
					Tuple.tuple(8, "employeeNo", "spreadsheet.error.duplicate"));

		String good = KPI_HEADER + "E-1,ERR,2025-03,15%\r\n" + "E-2,ERR,2025-03-20,12.5 %\r\n" + "E-1,TICKETS,202503,42\r\n";
		assertThat(importClean(Sheet.KPI_RECORDS, csv(good))).isEqualTo(new ImportCounts(3, 0, 0));
		assertThat(staff.in(() -> performance.records(east1.id()))).extracting(r -> r.kpiId(), r -> r.month(), r -> r.value())
			.containsExactlyInAnyOrder(Tuple.tuple(errorRate, LocalDate.of(2025, 3, 1), new BigDecimal("15")),
					Tuple.tuple(tickets, LocalDate.of(2025, 3, 1), new BigDecimal("42")));
		assertThat(staff.in(() -> performance.records(east2.id()))).extracting(r -> r.value()).containsExactly(new BigDecimal("12.5"));

		// a percent-formatted cell (as the xlsx export writes it) is a percentage too: 0.165 shown as 16.50 % is 16.5
		byte[] xlsx = workbook(Sheet.KPI_RECORDS, List.of(kpi("E-1", "ERR", YearMonth.of(2025, 3), Quantity.percent(new BigDecimal("16.5")))),
				SpreadsheetFormat.XLSX);
		assertThat(importClean(Sheet.KPI_RECORDS, SpreadsheetFile.of("k.xlsx", xlsx))).isEqualTo(new ImportCounts(0, 1, 0));
		assertThat(staff.in(() -> performance.records(east1.id()))).extracting(r -> r.value()).contains(new BigDecimal("16.5"));

		// the export writes percent KPIs as percentages: "16.5%" in csv, a percent cell in xlsx
		String exportedCsv = new String(export(Sheet.KPI_RECORDS, SpreadsheetFormat.CSV), StandardCharsets.UTF_8);
		assertThat(exportedCsv).contains("E-1,ERR,2025-03,16.5%").contains("E-1,TICKETS,2025-03,42").contains("E-2,ERR,2025-03,12.5%");
		ImportPreview readBack = spreadsheets.preview(files.schema(Sheet.KPI_RECORDS),
				SpreadsheetFile.of("k.xlsx", export(Sheet.KPI_RECORDS, SpreadsheetFormat.XLSX)));
		assertThat(readBack.rows()).extracting(r -> r.text("kpi"), r -> r.quantity("value")).containsExactlyInAnyOrder(
				Tuple.tuple("ERR", Quantity.percent(new BigDecimal("16.5"))), Tuple.tuple("ERR", Quantity.percent(new BigDecimal("12.5"))),
				Tuple.tuple("TICKETS", Quantity.of(new BigDecimal("42"))));
	}

	@Test
	void kpiRecordsReimportAndExportRoundTripChangeNothingAndARowRefusedAtApplyKeepsNothing() {
		List<Map<String, Object>> rows = List.of(kpi("E-1", "ERR", YearMonth.of(2025, 1), Quantity.percent(new BigDecimal("14.2"))),
				kpi("E-2", "ERR", YearMonth.of(2025, 1), Quantity.percent(new BigDecimal("9"))),
				kpi("E-1", "TICKETS", YearMonth.of(2025, 1), Quantity.of(new BigDecimal("37"))));
		SpreadsheetFile file = SpreadsheetFile.of("k.xlsx", workbook(Sheet.KPI_RECORDS, rows, SpreadsheetFormat.XLSX));
		assertThat(importClean(Sheet.KPI_RECORDS, file)).isEqualTo(new ImportCounts(3, 0, 0));
		long audit = count("audit_event");
		assertThat(importClean(Sheet.KPI_RECORDS, file)).isEqualTo(new ImportCounts(0, 0, 3));
		for (SpreadsheetFormat format : SpreadsheetFormat.values()) {
			assertThat(importClean(Sheet.KPI_RECORDS, SpreadsheetFile.of("export." + format.extension(), export(Sheet.KPI_RECORDS, format))))
				.as(format.name()).isEqualTo(new ImportCounts(0, 0, 3));
		}
		assertThat(count("audit_event")).isEqualTo(audit);

		// a clean preview whose last row no longer fits when applied (the KPI's unit changed meanwhile): nothing is kept
		List<Map<String, Object>> next = List.of(kpi("E-1", "ERR", YearMonth.of(2025, 2), Quantity.percent(new BigDecimal("13"))),
				kpi("E-1", "TICKETS", YearMonth.of(2025, 2), Quantity.of(new BigDecimal("40"))));
		CheckedPreview previewed = preview(Sheet.KPI_RECORDS, SpreadsheetFile.of("n.csv", workbook(Sheet.KPI_RECORDS, next, SpreadsheetFormat.CSV)));
		assertThat(previewed.preview().errors()).isEmpty();
		staff.in(() -> performance.update(tickets, new KpiForm(null, "工单率", null, "%", NeedAnalysis.Direction.HIGHER_IS_BETTER,
				new BigDecimal("40"), List.of())));
		long records = count("kpi_record");
		long audited = count("audit_event");
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> staff.in(() -> files.apply(Sheet.KPI_RECORDS, previewed.token())))
			.satisfies(e -> assertThat(e.violations()).extracting(v -> v.code())
				.containsExactly("competency.import.rowRefused", "competency.import.percentRequired"));
		assertThat(count("kpi_record")).isEqualTo(records);
		assertThat(count("audit_event")).isEqualTo(audited);
	}

	@Test
	void aRegionAdminImportsAndExportsOnlyTheEmployeesOfItsRegions() {
		LocalDate on = LocalDate.of(2025, 2, 1);
		importClean(Sheet.ASSESSMENTS, SpreadsheetFile.of("a.csv", workbook(Sheet.ASSESSMENTS,
				List.of(assessment("E-1", "COMM", 3, on, "MENTOR"), assessment("S-1", "COMM", 2, on, "MENTOR")), SpreadsheetFormat.CSV)));
		importClean(Sheet.KPI_RECORDS, csv(KPI_HEADER + "E-1,TICKETS,2025-02,10\r\nS-1,TICKETS,2025-02,20\r\n"));
		TenantScope east = TenantScope.regions(staff.tenant.id(), Set.of(staff.east.id()));

		CheckedPreview previewed = TenantScope.call(east, () -> files.preview(Sheet.ASSESSMENTS, SpreadsheetFile.of("a.csv",
				workbook(Sheet.ASSESSMENTS, List.of(assessment("E-2", "COMM", 3, on, "SELF"), assessment("S-1", "COMM", 5, on, "MENTOR")),
						SpreadsheetFormat.CSV))));
		assertThat(previewed.preview().rowErrors()).extracting(RowError::rowNumber, RowError::messageCode)
			.containsExactly(Tuple.tuple(3, "competency.import.unknownEmployee"));

		for (Sheet sheet : Sheet.values()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			TenantScope.run(east, () -> files.export(sheet, null, SpreadsheetFormat.CSV, Locale.ENGLISH, out));
			String text = out.toString(StandardCharsets.UTF_8);
			assertThat(text).as(sheet.name()).contains("E-1").doesNotContain("S-1");
			ByteArrayOutputStream one = new ByteArrayOutputStream();
			TenantScope.run(east, () -> files.export(sheet, south1.id(), SpreadsheetFormat.CSV, Locale.ENGLISH, one));
			assertThat(one.toString(StandardCharsets.UTF_8)).as(sheet.name()).doesNotContain("S-1");
		}
	}

	@Test
	void anotherTenantCannotApplyThisTenantsTokenNorExportItsData() {
		String admin = staff.login("east-admin", Set.of(Role.REGION_ADMIN), Set.of(staff.east), null);
		TestStaff other = new TestStaff(provisioning, directory, organisation, registry, accounts);
		TestHttp http = new TestHttp(port, json);
		String own = TestHttp.basic(staff.hr(), TestTenants.PASSWORD);
		String foreign = TestHttp.basic(other.hr(), TestTenants.PASSWORD);

		HttpResponse<String> reply = upload("/api/v1/kpi-records/import", own,
				(KPI_HEADER + "E-1,TICKETS,2025-05,7\r\n").getBytes(StandardCharsets.UTF_8));
		assertThat(reply.statusCode()).isEqualTo(200);
		JsonNode preview = json.readTree(reply.body());
		assertThat(preview.get("errors").size()).isZero();
		String token = preview.get("token").asString();

		assertThat(http.post("/api/v1/kpi-records/import/" + token, foreign, null).statusCode()).isEqualTo(404);
		assertThat(http.post("/api/v1/assessments/import/" + token, own, null).statusCode()).as("another import's token").isEqualTo(404);
		assertThat(http.post("/api/v1/kpi-records/import/" + token, TestHttp.basic(admin, TestTenants.PASSWORD), null).statusCode())
			.as("another user's token").isEqualTo(404);
		assertThat(count("kpi_record")).isZero();
		HttpResponse<String> applied = http.post("/api/v1/kpi-records/import/" + token, own, null);
		assertThat(applied.statusCode()).isEqualTo(200);
		assertThat(json.readTree(applied.body()).get("created").asInt()).isEqualTo(1);
		assertThat(http.post("/api/v1/kpi-records/import/" + token, own, null).statusCode()).as("applied once").isEqualTo(404);

		// the other tenant does not know this tenant's employees and sees none of its records
		HttpResponse<String> theirs = upload("/api/v1/kpi-records/import", foreign,
				(KPI_HEADER + "E-1,TICKETS,2025-05,8\r\n").getBytes(StandardCharsets.UTF_8));
		assertThat(json.readTree(theirs.body()).get("errors").get(0).get("code").asString()).isEqualTo("competency.import.unknownEmployee");
		assertThat(http.get("/api/v1/kpi-records/export?format=csv", foreign).body()).doesNotContain("E-1");
		assertThat(http.get("/api/v1/kpi-records/export?format=csv", own).body()).contains("E-1,TICKETS,2025-05,7");
		assertThat(http.get("/api/v1/assessments/export?format=pdf", own).statusCode()).isEqualTo(422);
	}

	@Test
	void thePagesPreviewApplyAndOfferTemplatesAndExports() {
		TestBrowser browser = new TestBrowser(port).signIn(staff.hr(), TestTenants.PASSWORD);
		HttpResponse<String> page = browser.get("/assessments/import");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("/assessments/import/template?format=xlsx").contains("/assessments/export?format=xlsx");
		String csrf = TestBrowser.csrf(page);

		HttpResponse<String> bad = browser.postFile("/assessments/import", "file", "a.csv",
				(ASSESSMENT_HEADER + "E-1,NOPE,3,2025-01-31,自评,\r\n").getBytes(StandardCharsets.UTF_8), csrf);
		assertThat(bad.body()).contains("row-error").contains("NOPE").doesNotContain("name=\"token\"");

		HttpResponse<String> good = browser.postFile("/assessments/import", "file", "a.csv",
				(ASSESSMENT_HEADER + "E-1,COMM,3,2025-01-31,自评,\r\n").getBytes(StandardCharsets.UTF_8), csrf);
		Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(good.body());
		assertThat(token.find()).as(good.body()).isTrue();
		HttpResponse<String> result = browser.postForm("/assessments/import/apply", Map.of("token", token.group(1)), csrf);
		assertThat(result.body()).contains("import-result");
		assertThat(staff.in(() -> model.assessments(east1.id()))).extracting(CompetencyModel.Assessment::source)
			.containsExactly(CompetencyModel.Source.SELF);

		assertThat(browser.get("/kpi-records/import").statusCode()).isEqualTo(200);
		assertThat(browser.get("/kpi-records/import/template?format=csv").body()).contains("工号", "KPI编码", "月份", "数值");
		HttpResponse<String> template = browser.get("/assessments/import/template?format=xlsx");
		assertThat(template.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
		assertThat(browser.get("/assessments/export?format=csv").body()).contains("E-1", "COMM", "2025-01-31");
	}

	private HttpResponse<String> upload(String path, String authorization, byte[] file) {
		String boundary = "----cotrain" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		try {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"k.csv\"\r\n"
					+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.write(file);
			body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", authorization)
				.header("Accept", "application/json")
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build();
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
