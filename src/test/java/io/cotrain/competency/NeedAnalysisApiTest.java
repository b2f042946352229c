package io.cotrain.competency;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
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
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TestBrowser;
import io.cotrain.tenancy.TestHttp;
import io.cotrain.tenancy.TestTenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The need-analysis API on a small hand-built company, the demo's ranking, and the input checks. */
@CoTrainTest
class NeedAnalysisApiTest {

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
	Scenarios scenarios;
	@Autowired
	MutableClock clock;

	private TestStaff staff;
	private TestHttp http;
	private String hr;

	@BeforeEach
	void company() {
		http = new TestHttp(port, json);
		staff = new TestStaff(provisioning, directory, organisation, registry, accounts);
		hr = TestHttp.basic(staff.hr(), TestTenants.PASSWORD);
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void theApiReportsWhatNeedAnalysisComputesFromTheStoredData() {
		clock.set(Instant.parse("2026-06-15T04:00:00Z")); // mid-month in both regions' calendars
		UUID comm = staff.in(() -> model.create(new CompetencyForm("COMM", "沟通", "Communication", Category.COLLABORATION, null, null))).id();
		UUID insight = staff.in(() -> model.create(new CompetencyForm("INSIGHT", "洞察", "Insight", Category.EXECUTION, null, null))).id();
		staff.in(() -> model.setRequirements(staff.clerk.id(), List.of(new RequiredLevel(comm, 4), new RequiredLevel(insight, 2))));
		staff.in(() -> model.setRequirements(staff.cadre.id(), List.of(new RequiredLevel(insight, 4))));
		UUID errors = staff.in(() -> performance.create(new Performance.KpiForm("ERR", "差错率", "Errors", "%", Direction.LOWER_IS_BETTER,
				new BigDecimal("8"), List.of(comm)))).id();
		UUID adoption = staff.in(() -> performance.create(new Performance.KpiForm("ADOPT", "采纳率", "Adoption", "%",
				Direction.HIGHER_IS_BETTER, new BigDecimal("65"), List.of(insight)))).id();
		UUID scenario = staff.in(() -> scenarios.create(new Scenarios.ScenarioForm("FLOW", "订单流程", "Order flow", null,
				List.of(staff.clerk.id(), staff.cadre.id()), List.of(errors, adoption)))).id();

		EmployeeView c1 = staff.hire("001", "c1", staff.east, staff.clerk);
		EmployeeView c2 = staff.hire("002", "c2", staff.south, staff.clerk);
		EmployeeView c3 = staff.hire("003", "c3", staff.east, staff.clerk);
		EmployeeView d1 = staff.hire("004", "d1", staff.east, staff.cadre);
		EmployeeView d2 = staff.hire("005", "d2", staff.east, staff.cadre);
		EmployeeView s1 = staff.hire("006", "s1", staff.east, staff.supervisor);
		LocalDate month = LocalDate.of(2026, 6, 1);
		assess(c1, comm, 1, month.minusMonths(3));
		assess(c1, comm, 2, month.minusMonths(1)); // the latest counts
		assess(c1, insight, 3, month.minusMonths(1));
		assess(c2, comm, 4, month.minusMonths(1));
		assess(d1, insight, 2, month.minusMonths(1));
		assess(d2, insight, 3, month.minusMonths(1));
		assess(s1, comm, 1, month.minusMonths(1)); // not of the scenario
		record(c1, errors, month.minusMonths(1), "10");
		record(c1, errors, month.minusMonths(2), "12");
		record(c2, errors, month.minusMonths(1), "6");
		record(c2, errors, month.minusMonths(5), "100"); // outside the window of 3 months
		record(c2, errors, month, "100"); // the current month is not complete
		record(d1, adoption, month.minusMonths(3), "50");
		record(d2, adoption, month.minusMonths(2), "70");

		HttpResponse<String> response = http.get("/api/v1/scenarios/" + scenario + "/need-analysis", hr);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode report = http.json(response);

		Set<String> ca = Set.of("COMM");
		List<NeedAnalysis.Kpi> kpis = List.of(new NeedAnalysis.Kpi("ADOPT", Direction.HIGHER_IS_BETTER, 65, Set.of("INSIGHT")),
				new NeedAnalysis.Kpi("ERR", Direction.LOWER_IS_BETTER, 8, ca));
		Map<String, Integer> clerkReq = Map.of("COMM", 4, "INSIGHT", 2);
		List<NeedAnalysis.Gap> clerks = NeedAnalysis.analyse(List.of(
				new NeedAnalysis.Learner(c1.id().value(), clerkReq, Map.of("COMM", 2, "INSIGHT", 3), Map.of("ERR", 11.0)),
				new NeedAnalysis.Learner(c2.id().value(), clerkReq, Map.of("COMM", 4), Map.of("ERR", 6.0)),
				new NeedAnalysis.Learner(c3.id().value(), clerkReq, Map.of(), Map.of())), kpis);
		List<NeedAnalysis.Gap> cadres = NeedAnalysis.analyse(List.of(
				new NeedAnalysis.Learner(d1.id().value(), Map.of("INSIGHT", 4), Map.of("INSIGHT", 2), Map.of("ADOPT", 50.0)),
				new NeedAnalysis.Learner(d2.id().value(), Map.of("INSIGHT", 4), Map.of("INSIGHT", 3), Map.of("ADOPT", 70.0))), kpis);

		assertGaps(report.path("roles").path("CLERK"), clerks);
		assertGaps(report.path("roles").path("CADRE"), cadres);
		assertThat(report.path("roles").path("CLERK").path("learners").asInt()).isEqualTo(3);
		assertThat(report.path("kpiWindowMonths").asInt()).isEqualTo(3);
		JsonNode comm0 = report.path("roles").path("CLERK").path("gaps").path(0);
		assertThat(comm0.path("competency").asString()).isEqualTo("COMM");
		assertThat(comm0.path("n").asInt()).isEqualTo(3);
		assertThat(comm0.path("meanGap").asDouble()).isCloseTo(1.0, within(1e-9));
		assertThat(comm0.path("shareBelow").asDouble()).isCloseTo(0.5, within(1e-9));
		assertThat(comm0.path("kpiShareBelowTarget").asDouble()).isCloseTo(0.5, within(1e-9));
		assertThat(comm0.path("kpis").get(0).asString()).isEqualTo("ERR");
		assertThat(report.path("jointGoal").asString()).contains("沟通", "洞察", "订单流程");

		// a saved need keeps the evidence as it was
		HttpResponse<String> saved = http.post("/api/v1/scenarios/" + scenario + "/needs", hr, "{}");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
		assess(c2, comm, 1, month);
		HttpResponse<String> needs = http.get("/api/v1/scenarios/" + scenario + "/needs", hr);
		JsonNode need = http.json(needs).path(0);
		assertThat(need.path("jointGoal").asString()).isEqualTo(report.path("jointGoal").asString());
		assertThat(need.path("savedBy").asString()).isEqualTo(staff.hr());
		assertThat(need.path("snapshot").path("roles").path("CLERK").path("gaps").path(0).path("meanGap").asDouble())
			.isCloseTo(1.0, within(1e-9));
	}

	private void assertGaps(JsonNode role, List<NeedAnalysis.Gap> expected) {
		JsonNode gaps = role.path("gaps");
		assertThat(gaps.size()).isEqualTo(expected.size());
		for (int i = 0; i < expected.size(); i++) {
			NeedAnalysis.Gap gap = expected.get(i);
			JsonNode actual = gaps.get(i);
			assertThat(actual.path("competency").asString()).isEqualTo(gap.competency());
			assertThat(actual.path("n").asInt()).isEqualTo(gap.n());
			assertThat(actual.path("assessed").asInt()).isEqualTo(gap.assessed());
			assertNumber(actual.path("meanGap"), gap.meanGap());
			assertNumber(actual.path("shareBelow"), gap.shareBelow());
			assertNumber(actual.path("kpiShareBelowTarget"), gap.kpiShareBelowTarget());
			assertNumber(actual.path("meanRequired"), gap.meanRequired());
			assertNumber(actual.path("meanAssessed"), gap.meanAssessed());
			assertThat(actual.path("kpiObservations").asInt()).isEqualTo(gap.kpiObservations());
			assertThat(actual.path("score").asDouble()).isCloseTo(gap.score(), within(1e-9));
		}
	}

	private static void assertNumber(JsonNode actual, Double expected) {
		if (expected == null) {
			assertThat(actual.isNull() || actual.isMissingNode()).as(actual.toString()).isTrue();
		}
		else {
			assertThat(actual.asDouble()).isCloseTo(expected, within(1e-9));
		}
	}

	private void assess(EmployeeView e, UUID competency, int level, LocalDate on) {
		staff.in(() -> model.assess(new AssessmentForm(e.id(), competency, level, on, Source.MENTOR, "test")));
	}

	private void record(EmployeeView e, UUID kpi, LocalDate month, String value) {
		staff.in(() -> performance.record(new Performance.KpiRecordForm(e.id(), kpi, month, new BigDecimal(value))));
	}

	@Test
	void theDemoScenarioRanksCrossDepartmentCommunicationForClerksAndFrontlineInsightForCadres() {
		String demo = TestHttp.basic("hr@demo", "cotrain-demo");
		JsonNode list = http.json(http.get("/api/v1/scenarios", demo));
		String id = list.valueStream().filter(s -> s.path("code").asString().equals("ORDER_FLOW")).findFirst().orElseThrow()
			.path("id").asString();
		JsonNode report = http.json(http.get("/api/v1/scenarios/" + id + "/need-analysis", demo));
		assertThat(report.path("scenario").asString()).isEqualTo("订单从录入到生产的全流程协同");
		assertThat(report.path("roles").path("CLERK").path("gaps").path(0).path("competency").asString()).isEqualTo("CROSS_DEPT_COMM");
		assertThat(report.path("roles").path("CADRE").path("gaps").path(0).path("competency").asString()).isEqualTo("FRONTLINE_INSIGHT");
		assertThat(report.path("jointGoal").asString()).contains("跨部门沟通", "一线执行洞察", "订单从录入到生产的全流程协同");
	}

	@Test
	void theNeedAnalysisPageShowsTheEvidenceAndTheJointGoal() {
		String demo = TestHttp.basic("hr@demo", "cotrain-demo");
		String id = http.json(http.get("/api/v1/scenarios", demo)).valueStream()
			.filter(s -> s.path("code").asString().equals("ORDER_FLOW")).findFirst().orElseThrow().path("id").asString();
		TestBrowser browser = new TestBrowser(port).signIn("hr@demo", "cotrain-demo");
		HttpResponse<String> list = browser.get("/scenarios");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("/scenarios/" + id + "/need-analysis");
		HttpResponse<String> page = browser.get("/scenarios/" + id + "/need-analysis");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("gaps-CLERK", "gaps-CADRE", "跨部门沟通", "一线执行洞察", "ORDER_ERROR_RATE", "joint-goal");
		// a chart per role, its numbers as data, its texts from the bundle, described by the role's table
		assertThat(page.body()).contains("id=\"gaps-chart-CLERK\"", "id=\"gaps-chart-CADRE\"", "data-chart=\"gaps\"",
				"data-label-mean-gap=\"平均差距\"", "data-label-kpi-share=\"KPI 未达标占比\"", "aria-describedby=\"gaps-CLERK\"");
		java.util.regex.Matcher chart = java.util.regex.Pattern.compile("id=\"gaps-chart-CLERK\"[^>]*data-chart-data=\"([^\"]*)\"")
			.matcher(page.body());
		assertThat(chart.find()).isTrue();
		JsonNode data = json.readTree(org.springframework.web.util.HtmlUtils.htmlUnescape(chart.group(1)));
		JsonNode clerks = http.json(http.get("/api/v1/scenarios/" + id + "/need-analysis", demo)).path("roles").path("CLERK").path("gaps");
		assertThat(data.path("categories").path(0).asString()).isEqualTo("跨部门沟通");
		assertThat(data.path("meanGap").size()).isEqualTo(clerks.size());
		for (int i = 0; i < clerks.size(); i++) {
			assertThat(data.path("meanGap").path(i).asDouble()).isEqualTo(clerks.path(i).path("meanGap").asDouble());
			assertThat(data.path("shareBelow").path(i).asDouble()).isEqualTo(clerks.path(i).path("shareBelow").asDouble());
			assertThat(data.path("kpiShareBelowTarget").path(i).asDouble())
				.isEqualTo(clerks.path(i).path("kpiShareBelowTarget").asDouble());
		}
	}

	@Test
	void levelsOutsideOneToFiveAreFieldErrors() {
		UUID comm = staff.in(() -> model.create(new CompetencyForm("COMM", "沟通", null, Category.COLLABORATION, null, null))).id();
		EmployeeView c1 = staff.hire("001", "c1", staff.east, staff.clerk);
		HttpResponse<String> assessment = http.post("/api/v1/assessments", hr, """
				{"employeeId":"%s","competencyId":"%s","level":6,"source":"SELF"}""".formatted(c1.id().value(), comm));
		assertThat(fields(assessment)).containsExactly("level");
		HttpResponse<String> requirement = http.send("PUT", "/api/v1/competency-requirements", hr, """
				{"positionId":"%s","requirements":[{"competencyId":"%s","requiredLevel":0}]}""".formatted(staff.clerk.id().value(), comm));
		assertThat(fields(requirement)).containsExactly("requirements[0].requiredLevel");
		HttpResponse<String> ok = http.post("/api/v1/assessments", hr, """
				{"employeeId":"%s","competencyId":"%s","level":5,"source":"SELF"}""".formatted(c1.id().value(), comm));
		assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
		HttpResponse<String> duplicate = http.post("/api/v1/competencies", hr, """
				{"code":"COMM","nameZh":"x","category":"EXECUTION"}""");
		assertThat(fields(duplicate)).containsExactly("code");
	}

	@Test
	void anEmployeeReadsOnlyTheirOwnAssessmentsAndKpis() {
		UUID comm = staff.in(() -> model.create(new CompetencyForm("COMM", "沟通", null, Category.COLLABORATION, null, null))).id();
		UUID errors = staff.in(() -> performance.create(new Performance.KpiForm("ERR", "差错率", null, "%", Direction.LOWER_IS_BETTER,
				new BigDecimal("8"), List.of(comm)))).id();
		EmployeeView c1 = staff.hire("001", "c1", staff.east, staff.clerk);
		EmployeeView c2 = staff.hire("002", "c2", staff.east, staff.clerk);
		LocalDate month = LocalDate.now(clock).withDayOfMonth(1);
		assess(c1, comm, 2, month);
		assess(c2, comm, 3, month);
		record(c1, errors, month, "9");
		record(c2, errors, month, "7");
		String login = TestHttp.basic(staff.login("c1", Set.of(io.cotrain.tenancy.Role.EMPLOYEE), Set.of(staff.east), c1),
				TestTenants.PASSWORD);
		JsonNode own = http.json(http.get("/api/v1/me/assessments", login));
		assertThat(own.size()).isEqualTo(1);
		assertThat(own.path(0).path("employeeId").asString()).isEqualTo(c1.id().value().toString());
		JsonNode kpis = http.json(http.get("/api/v1/me/kpi-records", login));
		assertThat(kpis.size()).isEqualTo(1);
		assertThat(kpis.path(0).path("value").asDouble()).isEqualTo(9.0);
		assertThat(http.get("/api/v1/assessments?employeeId=" + c2.id().value(), login).statusCode()).isEqualTo(403);
	}

	@Test
	void anotherTenantsScenarioIsNotThere() {
		UUID scenario = staff.in(() -> scenarios.create(new Scenarios.ScenarioForm("FLOW", "流程", null, null, List.of(), List.of()))).id();
		TestStaff other = new TestStaff(provisioning, directory, organisation, registry, accounts);
		String otherHr = TestHttp.basic(other.hr(), TestTenants.PASSWORD);
		assertThat(http.get("/api/v1/scenarios/" + scenario + "/need-analysis", otherHr).statusCode()).isEqualTo(404);
		assertThat(http.get("/api/v1/scenarios/" + scenario + "/need-analysis", hr).statusCode()).isEqualTo(200);
		assertThat(http.json(http.get("/api/v1/scenarios", otherHr)).size()).isZero();
	}

	private List<String> fields(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		return http.json(response).path("errors").valueStream().map(e -> e.path("field").asString()).toList();
	}
}
