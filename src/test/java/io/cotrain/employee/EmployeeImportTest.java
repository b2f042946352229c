package io.cotrain.employee;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cotrain.CoTrainTest;
import io.cotrain.employee.EmployeeFiles.ImportResult;
import io.cotrain.employee.EmployeeFiles.Previewed;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.spreadsheet.RowError;
import io.cotrain.spreadsheet.SpreadsheetFile;
import io.cotrain.spreadsheet.SpreadsheetFormat;
import io.cotrain.spreadsheet.Spreadsheets;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TestHttp;
import io.cotrain.tenancy.TestTenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Employee import and export: every bad row reported with its reason, all or nothing, upsert by employee number
 * without changes on a second import or an export's re-import, region admins and other tenants kept out.
 */
@CoTrainTest
class EmployeeImportTest {

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
	EmployeeDirectory employees;
	@Autowired
	Accounts accounts;
	@Autowired
	EmployeeFiles files;
	@Autowired
	Spreadsheets spreadsheets;
	@Autowired
	JdbcClient jdbc;

	private TestStaff staff;

	@BeforeEach
	void company() {
		staff = new TestStaff(provisioning, directory, organisation, registry, accounts);
	}

	/** 200 employees of region east reporting to E-0001, which is the last row (a manager later in the file). */
	private List<Map<String, Object>> rows() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 2; i <= 200; i++) {
			rows.add(row("E-%04d".formatted(i), "E-0001", "CLERK", i));
		}
		rows.add(row("E-0001", null, "MGR", 1));
		return rows;
	}

	private static Map<String, Object> row(String number, String manager, String position, int i) {
		Map<String, Object> row = new HashMap<>();
		row.put("employeeNo", number);
		row.put("name", "员工" + i);
		row.put("phone", "138%08d".formatted(i));
		row.put("email", "e" + i + "@example.com");
		row.put("region", "east");
		row.put("orgUnit", "EAST-1");
		row.put("position", position);
		row.put("manager", manager);
		row.put("hireDate", LocalDate.of(2024, 1, 2));
		row.put("login", i <= 3);
		return row;
	}

	private byte[] workbook(List<Map<String, Object>> rows, SpreadsheetFormat format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		spreadsheets.export(files.schema(), rows, format, Locale.SIMPLIFIED_CHINESE, out);
		return out.toByteArray();
	}

	private Previewed preview(byte[] bytes, String name) {
		return staff.in(() -> files.preview(SpreadsheetFile.of(name, bytes)));
	}

	private ImportResult importClean(byte[] bytes, String name) {
		Previewed previewed = preview(bytes, name);
		assertThat(previewed.preview().errors()).as("errors of " + name).isEmpty();
		return staff.in(() -> files.apply(previewed.token()));
	}

	private long count(String table) {
		return staff.in(() -> jdbc.sql("select count(*) from " + table).query(Long.class).single());
	}

	private long employeeCount() {
		return staff.in(() -> employees.search(EmployeeQuery.all(0, 1)).totalElements());
	}

	@Test
	void badRowsAreListedWithReasonsAndNothingIsAppliedThenTheFixedFileImportsOnceAndExportReimportsUnchanged() {
		List<Map<String, Object>> rows = rows();
		// five bad rows (spreadsheet rows = index + 2, the header being row 1)
		rows.get(9).put("region", "nowhere");
		rows.get(19).put("orgUnit", "NO-UNIT");
		rows.get(29).put("position", "NO-POS");
		rows.get(39).put("manager", "E-9999");
		rows.get(49).put("phone", "12345");
		Previewed bad = preview(workbook(rows, SpreadsheetFormat.XLSX), "staff.xlsx");

		assertThat(bad.preview().rowCount()).isEqualTo(200);
		assertThat(bad.preview().fileErrors()).isEmpty();
		assertThat(bad.preview().rowErrors()).extracting(RowError::rowNumber, RowError::columnKey, RowError::messageCode)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(11, "region", "employee.import.unknownRegion"),
					org.assertj.core.groups.Tuple.tuple(21, "orgUnit", "employee.import.unknownOrgUnit"),
					org.assertj.core.groups.Tuple.tuple(31, "position", "employee.import.unknownPosition"),
					org.assertj.core.groups.Tuple.tuple(41, "manager", "employee.import.unknownManager"),
					org.assertj.core.groups.Tuple.tuple(51, "phone", "validation.employee.phone"));
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> staff.in(() -> files.apply(bad.token())))
			.satisfies(e -> assertThat(e.violations().get(0).code()).isEqualTo("spreadsheet.preview.hasErrors"));
		assertThat(employeeCount()).isZero();

		// fixed: all 200 in, logins for the first three
		byte[] good = workbook(rows(), SpreadsheetFormat.XLSX);
		ImportResult first = importClean(good, "staff.xlsx");
		assertThat(first.created()).isEqualTo(200);
		assertThat(first.logins()).extracting(EmployeeRegistry.LoginCreated::username)
			.containsExactlyInAnyOrder("e-0001@" + staff.tenant.code(), "e-0002@" + staff.tenant.code(), "e-0003@" + staff.tenant.code());
		assertThat(first.logins()).allSatisfy(l -> assertThat(l.initialPassword()).isNotBlank());
		assertThat(employeeCount()).isEqualTo(200);
		EmployeeView clerk = staff.in(() -> employees.byNumber("E-0042").orElseThrow());
		EmployeeView boss = staff.in(() -> employees.byNumber("E-0001").orElseThrow());
		assertThat(clerk.manager()).isEqualTo(boss.id());
		assertThat(clerk.phone()).isEqualTo("+8613800000042");
		assertThat(clerk.orgUnit()).isEqualTo(staff.eastTeam.id());

		long assignments = count("employee_assignment");
		long audit = count("audit_event");

		// the same file again: nothing changes
		ImportResult again = importClean(good, "staff.xlsx");
		assertThat(again.created()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(again.unchanged()).isEqualTo(200);
		assertThat(again.logins()).isEmpty();
		assertThat(count("employee_assignment")).isEqualTo(assignments);
		assertThat(count("audit_event")).isEqualTo(audit);

		// export → re-import, in both formats: nothing changes
		for (SpreadsheetFormat format : SpreadsheetFormat.values()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			staff.in(() -> {
				files.export(EmployeeQuery.all(0, 1), format, Locale.ENGLISH, out);
				return null;
			});
			ImportResult reimport = importClean(out.toByteArray(), "export." + format.extension());
			assertThat(reimport.unchanged()).as(format.name()).isEqualTo(200);
			assertThat(count("employee_assignment")).isEqualTo(assignments);
			assertThat(count("audit_event")).isEqualTo(audit);
		}

		// one change: one new assignment from the effective date, the others untouched
		List<Map<String, Object>> changed = rows();
		changed.get(40).put("position", "SUP");
		changed.get(40).put("effectiveFrom", LocalDate.of(2025, 6, 1));
		ImportResult promotion = importClean(workbook(changed, SpreadsheetFormat.CSV), "staff.csv");
		assertThat(promotion.updated()).isEqualTo(1);
		assertThat(promotion.unchanged()).isEqualTo(199);
		assertThat(count("employee_assignment")).isEqualTo(assignments + 1);
	}

	@Test
	void aRegionAdminsExportReimportsUnchangedThoughAManagerIsInAnotherRegion() {
		EmployeeView boss = staff.hire("S-1", "南区经理", staff.south, staff.manager);
		EmployeeView clerk = staff.hire("E-1", "东区文员", staff.east, staff.clerk, boss, LocalDate.of(2024, 2, 1));
		io.cotrain.tenancy.TenantScope east = io.cotrain.tenancy.TenantScope.regions(staff.tenant.id(), Set.of(staff.east.id()));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		io.cotrain.tenancy.TenantScope.run(east, () -> files.export(EmployeeQuery.all(0, 1), SpreadsheetFormat.XLSX, Locale.ENGLISH, out));
		long assignments = count("employee_assignment");
		Previewed previewed = io.cotrain.tenancy.TenantScope.call(east, () -> files.preview(SpreadsheetFile.of("e.xlsx", out.toByteArray())));
		assertThat(previewed.preview().errors()).isEmpty();
		assertThat(previewed.preview().rowCount()).isEqualTo(1);
		ImportResult result = io.cotrain.tenancy.TenantScope.call(east, () -> files.apply(previewed.token()));
		assertThat(result.unchanged()).isEqualTo(1);
		assertThat(count("employee_assignment")).isEqualTo(assignments);
		assertThat(staff.in(() -> employees.get(clerk.id())).manager()).isEqualTo(boss.id());
	}

	@Test
	void aDuplicateEmployeeNumberIsReportedOnTheLaterRow() {
		List<Map<String, Object>> rows = new ArrayList<>(List.of(row("D-1", null, "CLERK", 1), row("D-2", null, "CLERK", 2),
				row("d-1", null, "CLERK", 3)));
		Previewed previewed = preview(workbook(rows, SpreadsheetFormat.CSV), "dup.csv");
		assertThat(previewed.preview().rowErrors()).extracting(RowError::rowNumber, RowError::messageCode)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(4, "spreadsheet.error.duplicate"));
		assertThat(previewed.preview().rowErrors().get(0).args()).containsExactly("d-1", "2");
	}

	@Test
	void aTerminalPinHeldByAnotherEmployeeIsReported() {
		staff.hire("H-1", "已有员工", staff.east, staff.clerk);
		Map<String, Object> taken = row("N-1", null, "CLERK", 1);
		taken.put("terminalPin", "H-1");
		Previewed previewed = preview(workbook(List.of(taken, row("N-2", null, "CLERK", 2)), SpreadsheetFormat.CSV), "pin.csv");
		assertThat(previewed.preview().rowErrors()).extracting(RowError::rowNumber, RowError::columnKey, RowError::messageCode)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "terminalPin", "employee.import.pinTaken"));
	}

	@Test
	void aRegionAdminCannotImportIntoAnotherRegion() {
		String admin = staff.login("east-admin", Set.of(Role.REGION_ADMIN), Set.of(staff.east), null);
		List<Map<String, Object>> rows = new ArrayList<>(List.of(row("R-1", null, "CLERK", 1), row("R-2", null, "CLERK", 2)));
		rows.get(1).put("region", "south");
		rows.get(1).put("orgUnit", "SOUTH-1");
		rows.get(1).put("phone", "912345678");
		HttpResponse<String> reply = upload(TestHttp.basic(admin, TestTenants.PASSWORD),
				workbook(rows, SpreadsheetFormat.XLSX));
		assertThat(reply.statusCode()).isEqualTo(200);
		JsonNode preview = json.readTree(reply.body());
		assertThat(preview.get("invalidRows").asInt()).isEqualTo(1);
		assertThat(preview.get("errors").get(0).get("row").asInt()).isEqualTo(3);
		assertThat(preview.get("errors").get(0).get("code").asString()).isEqualTo("employee.import.unknownRegion");
		HttpResponse<String> apply = new TestHttp(port, json).post("/api/v1/employees/import/" + preview.get("token").asString(),
				TestHttp.basic(admin, TestTenants.PASSWORD), null);
		assertThat(apply.statusCode()).isEqualTo(422);
		assertThat(employeeCount()).isZero();
	}

	@Test
	void hrOfAnotherTenantCannotApplyThisTenantsToken() {
		TestStaff other = new TestStaff(provisioning, directory, organisation, registry, accounts);
		byte[] file = workbook(List.of(row("T-1", null, "CLERK", 1)), SpreadsheetFormat.XLSX);
		HttpResponse<String> reply = upload(TestHttp.basic(staff.hr(), TestTenants.PASSWORD), file);
		assertThat(reply.statusCode()).isEqualTo(200);
		String token = json.readTree(reply.body()).get("token").asString();
		assertThat(json.readTree(reply.body()).get("errors").size()).isZero();

		TestHttp http = new TestHttp(port, json);
		HttpResponse<String> foreign = http.post("/api/v1/employees/import/" + token, TestHttp.basic(other.hr(), TestTenants.PASSWORD), null);
		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(other.in(() -> employees.byNumber("T-1"))).isEmpty();
		assertThat(employeeCount()).isZero();

		HttpResponse<String> own = http.post("/api/v1/employees/import/" + token, TestHttp.basic(staff.hr(), TestTenants.PASSWORD), null);
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(json.readTree(own.body()).get("created").asInt()).isEqualTo(1);
		// applied once only
		assertThat(http.post("/api/v1/employees/import/" + token, TestHttp.basic(staff.hr(), TestTenants.PASSWORD), null).statusCode())
			.isEqualTo(404);
	}

	@Test
	void exportOverHttpHasTheImportHeaders() {
		staff.hire("X-1", "导出员工", staff.east, staff.clerk);
		HttpResponse<String> reply = new TestHttp(port, json).get("/api/v1/employees/export?format=csv",
				TestHttp.basic(staff.hr(), TestTenants.PASSWORD));
		assertThat(reply.statusCode()).isEqualTo(200);
		assertThat(reply.body()).contains("X-1").contains("导出员工").contains("EAST-1");
	}

	@Test
	void thePagesPreviewBadRowsThenApplyAndShowTheOneTimePasswordsOnce() {
		io.cotrain.tenancy.TestBrowser browser = new io.cotrain.tenancy.TestBrowser(port).signIn(staff.hr(), TestTenants.PASSWORD);
		HttpResponse<String> page = browser.get("/employees/import");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("/employees/import/template?format=xlsx").contains("/employees/import/template?format=csv");
		String csrf = io.cotrain.tenancy.TestBrowser.csrf(page);

		List<Map<String, Object>> rows = new ArrayList<>(List.of(row("P-1", null, "CLERK", 1), row("P-2", "P-1", "CLERK", 2)));
		rows.get(1).put("orgUnit", "NO-UNIT");
		HttpResponse<String> bad = browser.postFile("/employees/import", "file", "bad.xlsx", workbook(rows, SpreadsheetFormat.XLSX), csrf);
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("row-error").contains("NO-UNIT").doesNotContain("name=\"token\"");

		rows.get(1).put("orgUnit", "EAST-1");
		HttpResponse<String> good = browser.postFile("/employees/import", "file", "good.xlsx", workbook(rows, SpreadsheetFormat.XLSX), csrf);
		assertThat(good.statusCode()).isEqualTo(200);
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(good.body());
		assertThat(token.find()).as(good.body()).isTrue();
		assertThat(employeeCount()).isZero();

		HttpResponse<String> result = browser.postForm("/employees/import/apply", Map.of("token", token.group(1)), csrf);
		assertThat(result.statusCode()).isEqualTo(200);
		assertThat(result.body()).contains("created-login").contains("p-1@" + staff.tenant.code());
		assertThat(employeeCount()).isEqualTo(2);
		// the token is spent: applying again imports nothing and shows no password
		HttpResponse<String> again = browser.postForm("/employees/import/apply", Map.of("token", token.group(1)), csrf);
		assertThat(again.body()).contains("import-failure").doesNotContain("created-login");

		HttpResponse<String> export = browser.get("/employees/export?format=xlsx");
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
		assertThat(browser.get("/employees/import/template?format=csv").body()).contains("工号");
	}

	private HttpResponse<String> upload(String authorization, byte[] file) {
		String boundary = "----cotrain" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		try {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"staff.xlsx\"\r\n"
					+ "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.write(file);
			body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/employees/import"))
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
