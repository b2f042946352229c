package io.cotrain.competency;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cotrain.CoTrainTest;
import io.cotrain.MutableClock;
import io.cotrain.competency.CompetencyFiles.Sheet;
import io.cotrain.competency.CompetencyModel.AssessmentForm;
import io.cotrain.competency.CompetencyModel.Category;
import io.cotrain.competency.CompetencyModel.CompetencyForm;
import io.cotrain.competency.CompetencyModel.Source;
import io.cotrain.competency.Performance.KpiForm;
import io.cotrain.competency.Performance.KpiRecordForm;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.TestStaff;
import io.cotrain.notification.delivery.DeliveryWorker;
import io.cotrain.spreadsheet.CheckedPreview;
import io.cotrain.spreadsheet.ImportCounts;
import io.cotrain.spreadsheet.SpreadsheetFile;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TestBrowser;
import io.cotrain.tenancy.TestHttp;
import io.cotrain.tenancy.TestTenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Employees are told in their inbox, in their language and with a link to their archive, when someone else records a
 * mentor's or a test's assessment or a KPI value for them — once per change: not on rollback, not when the same level
 * or value is recorded again (an import run twice), not for self-assessments, own entries or employees without login.
 */
@CoTrainTest
class CompetencyNoticesTest {

	private static final LocalDate ON = LocalDate.of(2026, 1, 20);

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
	DeliveryWorker worker;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	PlatformTransactionManager transactions;
	@Autowired
	MutableClock clock;

	private TestStaff staff;
	private TestHttp http;
	private EmployeeView chen;
	private EmployeeView smith;
	private EmployeeView noLogin;
	private UUID comm;
	private UUID errorRate;

	@BeforeEach
	void company() {
		clock.set(Instant.parse("2026-02-10T04:00:00Z")); // January 2026 is in the archive's KPI window
		staff = new TestStaff(provisioning, directory, organisation, registry, accounts);
		http = new TestHttp(port, json);
		chen = staff.hire("C-1", "陈文员", staff.east, staff.clerk);
		smith = staff.hire("S-1", "Smith", staff.south, staff.cadre);
		noLogin = staff.hire("N-1", "无账号", staff.east, staff.clerk);
		staff.login("chen", Set.of(Role.EMPLOYEE), Set.of(), chen);
		staff.in(() -> accounts.create(new Accounts.NewAccount("smith", "Smith", Set.of(Role.EMPLOYEE), Set.of(), Locale.ENGLISH,
				TestTenants.PASSWORD, smith.id().value())));
		comm = staff.in(() -> model.create(new CompetencyForm("COMM", "跨部门沟通", "Cross-department communication",
				Category.COLLABORATION, null, null))).id();
		errorRate = staff.in(() -> performance.create(new KpiForm("ERR", "订单差错率", "Order error rate", "%",
				NeedAnalysis.Direction.LOWER_IS_BETTER, new BigDecimal("8"), List.of()))).id();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aMentorsAssessmentAndAKpiValueReachTheEmployeeInTheirLanguageWithALinkToTheirArchive() {
		staff.in(() -> model.assess(new AssessmentForm(smith.id(), comm, 4, ON, Source.MENTOR, "Li Qiang")));
		staff.in(() -> performance.record(new KpiRecordForm(chen.id(), errorRate, ON, new BigDecimal("12.50"))));
		worker.runOnce();

		JsonNode smiths = inbox("smith");
		assertThat(smiths.get("totalElements").asLong()).isEqualTo(1);
		JsonNode assessed = smiths.get("content").get(0);
		assertThat(assessed.get("subject").asString()).isEqualTo("New assessment: Cross-department communication");
		assertThat(assessed.get("body").asString()).startsWith("Mentor assessment of your Cross-department communication: level 4")
			.contains("2026-01-20");
		assertThat(assessed.get("link").asString()).isEqualTo("/employees/me#competency-section");

		JsonNode chens = inbox("chen");
		assertThat(chens.get("totalElements").asLong()).isEqualTo(1);
		JsonNode kpi = chens.get("content").get(0);
		assertThat(kpi.get("subject").asString()).isEqualTo("KPI 已记录：订单差错率（2026-01）");
		assertThat(kpi.get("body").asString()).contains("记录为 12.5%", "目标 8%");

		// the link opens the recipient's own archive with its competency section
		TestBrowser browser = new TestBrowser(port).signIn("chen@" + staff.tenant.code(), TestTenants.PASSWORD);
		HttpResponse<String> page = browser.get("/inbox");
		HttpResponse<String> opened = browser.postForm("/inbox/" + kpi.get("id").asString() + "/read", Map.of("open", "true"),
				TestBrowser.csrf(page));
		assertThat(opened.headers().firstValue("Location").orElseThrow()).endsWith("/employees/me#competency-section");
		HttpResponse<String> archive = browser.get(TestBrowser.redirectPath(opened));
		assertThat(archive.statusCode()).isEqualTo(200);
		assertThat(archive.body()).contains("id=\"competency-section\"", "陈文员");
	}

	@Test
	void aRolledBackRecordingTellsNobody() {
		staff.in(() -> new TransactionTemplate(transactions).execute(status -> {
			model.assess(new AssessmentForm(chen.id(), comm, 3, ON, Source.TEST, null));
			performance.record(new KpiRecordForm(chen.id(), errorRate, ON, new BigDecimal("9")));
			status.setRollbackOnly();
			return null;
		}));
		worker.runOnce();
		assertThat(notices(chen)).isZero();
		assertThat(inbox("chen").get("totalElements").asLong()).isZero();
	}

	@Test
	void recordingTheSameLevelOrValueAgainTellsNothingNew() {
		staff.in(() -> model.assess(new AssessmentForm(chen.id(), comm, 3, ON, Source.MENTOR, "甲")));
		staff.in(() -> model.assess(new AssessmentForm(chen.id(), comm, 3, ON, Source.MENTOR, "乙")));
		staff.in(() -> performance.record(new KpiRecordForm(chen.id(), errorRate, ON, new BigDecimal("9.0"))));
		staff.in(() -> performance.record(new KpiRecordForm(chen.id(), errorRate, ON.plusDays(5), new BigDecimal("9"))));
		assertThat(notices(chen)).as("one per change").isEqualTo(2);

		staff.in(() -> model.assess(new AssessmentForm(chen.id(), comm, 4, ON, Source.MENTOR, "甲")));
		staff.in(() -> performance.record(new KpiRecordForm(chen.id(), errorRate, ON, new BigDecimal("7.5"))));
		assertThat(notices(chen)).as("a changed level and a changed value are news").isEqualTo(4);
		worker.runOnce();
		assertThat(inbox("chen").get("totalElements").asLong()).isEqualTo(4);
		assertThat(inbox("chen").get("content").findValuesAsString("body")).anyMatch(b -> b.contains("4 级"))
			.anyMatch(b -> b.contains("7.5%"));
	}

	@Test
	void anImportToldOnceAndRunAgainTellsNothing() {
		String assessments = "工号,能力编码,等级,评估日期,来源,评估人\r\nC-1,COMM,2,2026-01-20,导师评,甲\r\nS-1,COMM,3,2026-01-20,测试,\r\n"
				+ "C-1,COMM,5,2026-01-20,自评,\r\n";
		String kpis = "Employee No,KPI code,Month,Value\r\nC-1,ERR,2026-01,9%\r\nS-1,ERR,2026-01,6%\r\nN-1,ERR,2026-01,7%\r\n";
		assertThat(importFile(Sheet.ASSESSMENTS, assessments).created()).isEqualTo(3);
		assertThat(importFile(Sheet.KPI_RECORDS, kpis).created()).isEqualTo(3);
		assertThat(notices(chen)).as("the mentor's assessment and the KPI value; not the self-assessment").isEqualTo(2);
		assertThat(notices(smith)).isEqualTo(2);
		assertThat(notices(noLogin)).as("no login, no inbox").isZero();

		assertThat(importFile(Sheet.ASSESSMENTS, assessments).unchanged()).isEqualTo(3);
		assertThat(importFile(Sheet.KPI_RECORDS, kpis).unchanged()).isEqualTo(3);
		assertThat(notices(chen)).isEqualTo(2);
		assertThat(notices(smith)).isEqualTo(2);

		assertThat(importFile(Sheet.KPI_RECORDS, kpis.replace("C-1,ERR,2026-01,9%", "C-1,ERR,2026-01,8.5%")).updated()).isEqualTo(1);
		assertThat(notices(chen)).as("the changed value").isEqualTo(3);
		worker.runOnce();
		JsonNode smiths = inbox("smith");
		assertThat(smiths.get("content").findValuesAsString("subject")).containsExactlyInAnyOrder("KPI recorded: Order error rate (2026-01)",
				"New assessment: Cross-department communication");
		assertThat(smiths.get("content").findValuesAsString("body")).anyMatch(b -> b.startsWith("Test assessment of your"));
	}

	@Test
	void ownEntriesAndSelfAssessmentsTellNobody() {
		String hrChen = staff.in(() -> accounts.create(new Accounts.NewAccount("hrchen", "HR Chen", Set.of(Role.HR_ADMIN), Set.of(),
				Locale.SIMPLIFIED_CHINESE, TestTenants.PASSWORD, noLogin.id().value()))).account().username();
		HttpResponse<String> own = http.post("/api/v1/assessments", TestHttp.basic(hrChen, TestTenants.PASSWORD), """
				{"employeeId":"%s","competencyId":"%s","level":4,"assessedOn":"2026-01-20","source":"MENTOR"}"""
			.formatted(noLogin.id().value(), comm));
		assertThat(own.statusCode()).isEqualTo(201);
		assertThat(notices(noLogin)).as("recorded by the employee's own login").isZero();

		HttpResponse<String> other = http.post("/api/v1/assessments", TestHttp.basic(hrChen, TestTenants.PASSWORD), """
				{"employeeId":"%s","competencyId":"%s","level":4,"assessedOn":"2026-01-20","source":"MENTOR"}"""
			.formatted(chen.id().value(), comm));
		assertThat(other.statusCode()).isEqualTo(201);
		staff.in(() -> model.assess(new AssessmentForm(smith.id(), comm, 2, ON, Source.SELF, null)));
		assertThat(notices(chen)).as("recorded by someone else").isEqualTo(1);
		assertThat(notices(smith)).as("a self-assessment").isZero();
	}

	private ImportCounts importFile(Sheet sheet, String csv) {
		CheckedPreview previewed = staff.in(() -> files.preview(sheet, SpreadsheetFile.of("f.csv", csv.getBytes(StandardCharsets.UTF_8))));
		assertThat(previewed.preview().errors()).isEmpty();
		return staff.in(() -> files.apply(sheet, previewed.token()));
	}

	/** Notices queued for the employee (in any state). */
	private long notices(EmployeeView employee) {
		return staff.in(() -> jdbc.sql("select count(*) from notification_notice where recipient_employee_id = :e")
			.param("e", employee.id().value()).query(Long.class).single());
	}

	private JsonNode inbox(String user) {
		HttpResponse<String> reply = http.get("/api/v1/me/notifications", TestHttp.basic(user + "@" + staff.tenant.code(), TestTenants.PASSWORD));
		assertThat(reply.statusCode()).isEqualTo(200);
		return http.json(reply);
	}
}
