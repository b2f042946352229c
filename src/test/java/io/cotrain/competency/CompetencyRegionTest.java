package io.cotrain.competency;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cotrain.CoTrainTest;
import io.cotrain.MutableClock;
import io.cotrain.competency.CompetencyModel.AssessmentForm;
import io.cotrain.competency.CompetencyModel.Category;
import io.cotrain.competency.CompetencyModel.CompetencyForm;
import io.cotrain.competency.CompetencyModel.RequiredLevel;
import io.cotrain.competency.CompetencyModel.Source;
import io.cotrain.competency.NeedAnalysis.Direction;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.TestStaff;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Regions in the competency module: a region admin reads assessments, KPI records and the need analysis of their
 * regions' employees only, and KPI windows and default assessment dates follow each region's calendar.
 */
@CoTrainTest
class CompetencyRegionTest {

	/** 00:30 on 1 April in Shanghai, still 23:30 on 31 March in Ho Chi Minh City (and 16:30 on 31 March in UTC). */
	private static final Instant APRIL_IN_SHANGHAI_ONLY = Instant.parse("2026-03-31T16:30:00Z");

	@LocalServerPort
	int port;
	@Autowired
	JsonMapper json;
	@Autowired
	MutableClock clock;
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
	Scenarios scenarios;

	private TestHttp http;
	private TestStaff staff;
	private UUID comm;
	private UUID errors;
	private UUID scenario;
	private EmployeeView eastClerk;
	private EmployeeView southClerk;

	@BeforeEach
	void clerksInTwoRegions() {
		http = new TestHttp(port, json);
		staff = new TestStaff(provisioning, directory, organisation, registry, accounts);
		comm = staff.in(() -> model.create(new CompetencyForm("COMM", "沟通", null, Category.COLLABORATION, null, null))).id();
		staff.in(() -> model.setRequirements(staff.clerk.id(), List.of(new RequiredLevel(comm, 4))));
		errors = staff.in(() -> performance.create(new Performance.KpiForm("ERR", "差错率", null, "%", Direction.LOWER_IS_BETTER,
				new BigDecimal("8"), List.of(comm)))).id();
		scenario = staff.in(() -> scenarios.create(new Scenarios.ScenarioForm("FLOW", "流程", null, null, List.of(staff.clerk.id()),
				List.of(errors)))).id();
		eastClerk = staff.hire("E1", "东文员", staff.east, staff.clerk);
		southClerk = staff.hire("S1", "南文员", staff.south, staff.clerk);
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void aRegionAdminReadsOnlyTheRecordsAndNeedsOfTheirRegionsEmployees() {
		assess(eastClerk, 2, LocalDate.of(2026, 1, 5));
		assess(southClerk, 3, LocalDate.of(2026, 1, 5));
		record(eastClerk, "2026-01-01", "9");
		record(southClerk, "2026-01-01", "6");
		String east = TestHttp.basic(staff.login("east", Set.of(Role.REGION_ADMIN), Set.of(staff.east), null), TestTenants.PASSWORD);
		String hr = TestHttp.basic(staff.hr(), TestTenants.PASSWORD);

		assertThat(employeeIds(http.get("/api/v1/assessments", east))).containsExactly(eastClerk.id().value().toString());
		assertThat(employeeIds(http.get("/api/v1/kpi-records", east))).containsExactly(eastClerk.id().value().toString());
		assertThat(employeeIds(http.get("/api/v1/assessments?employeeId=" + southClerk.id().value(), east))).isEmpty();
		assertThat(employeeIds(http.get("/api/v1/kpi-records?employeeId=" + southClerk.id().value(), east))).isEmpty();
		assertThat(employeeIds(http.get("/api/v1/assessments", hr))).hasSize(2);
		assertThat(employeeIds(http.get("/api/v1/kpi-records", hr))).hasSize(2);

		HttpResponse<String> foreign = http.post("/api/v1/assessments", east, """
				{"employeeId":"%s","competencyId":"%s","level":1,"source":"MENTOR"}""".formatted(southClerk.id().value(), comm));
		assertThat(foreign.statusCode()).isEqualTo(422);
		assertThat(employeeIds(http.get("/api/v1/assessments?employeeId=" + southClerk.id().value(), hr))).hasSize(1);

		JsonNode eastNeeds = http.json(http.get("/api/v1/scenarios/" + scenario + "/need-analysis", east)).path("roles").path("CLERK");
		assertThat(eastNeeds.path("learners").asInt()).isEqualTo(1);
		assertThat(eastNeeds.path("gaps").path(0).path("meanAssessed").asDouble()).isEqualTo(2.0);
		JsonNode allNeeds = http.json(http.get("/api/v1/scenarios/" + scenario + "/need-analysis", hr)).path("roles").path("CLERK");
		assertThat(allNeeds.path("learners").asInt()).isEqualTo(2);
		assertThat(allNeeds.path("gaps").path(0).path("meanAssessed").asDouble()).isEqualTo(2.5);
	}

	@Test
	void theDemoRegionAdminOfCnEastGetsOnlyCnEastRecords() {
		String hr = TestHttp.basic("hr@demo", "cotrain-demo");
		String east = TestHttp.basic("region.east@demo", "cotrain-demo");
		Map<String, String> regionOf = new HashMap<>();
		http.json(http.get("/api/v1/employees?size=500", hr)).path("content")
			.forEach(e -> regionOf.put(e.path("id").asString(), e.path("regionCode").asString()));
		for (String path : List.of("/api/v1/assessments", "/api/v1/kpi-records")) {
			List<String> all = employeeIds(http.get(path, hr));
			List<String> mine = employeeIds(http.get(path, east));
			assertThat(all.stream().map(regionOf::get).distinct()).as(path).contains("cn-east", "vn-hcm");
			assertThat(mine).as(path).isNotEmpty();
			assertThat(mine.stream().map(regionOf::get).distinct()).as(path).containsExactly("cn-east");
			assertThat(mine).as(path).hasSize((int) all.stream().filter(id -> "cn-east".equals(regionOf.get(id))).count());
		}
	}

	@Test
	void kpiWindowsAndAssessmentDatesFollowEachRegionsCalendar() {
		clock.set(APRIL_IN_SHANGHAI_ONLY);
		// Shanghai's window is January–March, Ho Chi Minh City's still December–February
		record(eastClerk, "2026-03-01", "20");
		record(eastClerk, "2025-12-01", "0");
		record(southClerk, "2026-03-01", "20");
		record(southClerk, "2025-12-01", "0");
		String hr = TestHttp.basic(staff.hr(), TestTenants.PASSWORD);

		JsonNode report = http.json(http.get("/api/v1/scenarios/" + scenario + "/need-analysis", hr));
		JsonNode gap = report.path("roles").path("CLERK").path("gaps").path(0);
		assertThat(gap.path("kpiObservations").asInt()).isEqualTo(2);
		// the east clerk's mean is 20 (March only, misses 8), the south clerk's 0 (December only, meets it)
		assertThat(gap.path("kpiShareBelowTarget").asDouble()).isCloseTo(0.5, within(1e-9));
		assertThat(report.path("from").asString()).isEqualTo("2025-12-01");
		assertThat(report.path("to").asString()).isEqualTo("2026-03-01");

		TestBrowser browser = new TestBrowser(port).signIn(staff.hr(), TestTenants.PASSWORD);
		assertThat(browser.get("/employees/" + eastClerk.id()).body()).contains("2026-01 至 2026-03", "20%");
		assertThat(browser.get("/employees/" + southClerk.id()).body()).contains("2025-12 至 2026-02", "0%").doesNotContain("20%");

		assertThat(staff.in(() -> model.assess(new AssessmentForm(eastClerk.id(), comm, 2, null, Source.SELF, null))).assessedOn())
			.isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(staff.in(() -> model.assess(new AssessmentForm(southClerk.id(), comm, 2, null, Source.SELF, null))).assessedOn())
			.isEqualTo(LocalDate.of(2026, 3, 31));
	}

	private List<String> employeeIds(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return http.json(response).valueStream().map(r -> r.path("employeeId").asString()).toList();
	}

	private void assess(EmployeeView e, int level, LocalDate on) {
		staff.in(() -> model.assess(new AssessmentForm(e.id(), comm, level, on, Source.MENTOR, "test")));
	}

	private void record(EmployeeView e, String month, String value) {
		staff.in(() -> performance.record(new Performance.KpiRecordForm(e.id(), errors, LocalDate.parse(month), new BigDecimal(value))));
	}
}
