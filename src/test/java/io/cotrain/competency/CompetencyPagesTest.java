package io.cotrain.competency;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cotrain.CoTrainTest;
import io.cotrain.competency.CompetencyModel.Category;
import io.cotrain.competency.CompetencyModel.Competency;
import io.cotrain.competency.CompetencyModel.CompetencyForm;
import io.cotrain.competency.CompetencyModel.RequiredLevel;
import io.cotrain.competency.NeedAnalysis.Direction;
import io.cotrain.competency.Performance.Kpi;
import io.cotrain.competency.Performance.KpiForm;
import io.cotrain.competency.Scenarios.Scenario;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.TestStaff;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TestBrowser;
import io.cotrain.tenancy.TestHttp;
import io.cotrain.tenancy.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages HR maintains the competency model with: competencies, required levels per position, KPIs and work
 * scenarios — what they show, what they save, their errors, and who may use them.
 */
@CoTrainTest
class CompetencyPagesTest {

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

	private TestStaff staff;
	private TestBrowser hr;

	@BeforeEach
	void company() {
		staff = new TestStaff(provisioning, directory, organisation, registry, accounts);
		hr = new TestBrowser(port).signIn(staff.hr(), TestTenants.PASSWORD);
	}

	@Test
	void hrCreatesACompetencyWithItsLevelDescriptorsAndEditsIt() {
		Map<String, String> fields = new HashMap<>(Map.of("code", "COMM", "nameZh", "跨部门沟通", "nameEn", "Cross-department communication",
				"category", "COLLABORATION", "levelsZh[0]", "能按要求传达信息", "levelsZh[4]", "能推动跨部门协作机制", "levelsEn[0]",
				"Passes on information as asked"));
		assertThat(TestBrowser.redirectPath(post("/competencies/new", fields))).isEqualTo("/competencies");

		Competency saved = staff.in(() -> model.competencies()).get(0);
		assertThat(saved.code()).isEqualTo("COMM");
		assertThat(saved.category()).isEqualTo(Category.COLLABORATION);
		assertThat(saved.levelsZh()).containsExactly("能按要求传达信息", null, null, null, "能推动跨部门协作机制");
		assertThat(saved.levelsEn()).containsExactly("Passes on information as asked", null, null, null, null);

		String list = ok(hr.get("/competencies"));
		assertThat(list).contains("跨部门沟通", "Cross-department communication", "能推动跨部门协作机制")
			.contains("/competencies/" + saved.id() + "/edit", "/competencies/new");

		String form = ok(hr.get("/competencies/" + saved.id() + "/edit"));
		assertThat(form).contains("value=\"跨部门沟通\"", "能推动跨部门协作机制</textarea>");
		fields.putAll(Map.of("code", "IGNORED", "nameEn", "Communication", "levelsZh[2]", "能主动协调分歧", "levelsEn[0]", ""));
		assertThat(TestBrowser.redirectPath(post("/competencies/" + saved.id() + "/edit", fields))).isEqualTo("/competencies");
		Competency changed = staff.in(() -> model.competency(saved.id()));
		assertThat(changed.code()).as("the code stays").isEqualTo("COMM");
		assertThat(changed.nameEn()).isEqualTo("Communication");
		assertThat(changed.levelsZh()).containsExactly("能按要求传达信息", null, "能主动协调分歧", null, "能推动跨部门协作机制");
		assertThat(changed.levelsEn()).containsOnlyNulls();
	}

	@Test
	void theListFiltersByCategoryAndHtmxGetsOnlyTheTable() {
		competency("EXEC", "订单录入", Category.EXECUTION);
		competency("LEAD", "团队管理", Category.MANAGEMENT);

		String all = ok(hr.get("/competencies"));
		assertThat(all).contains("订单录入", "团队管理", "<nav");
		String managing = ok(hr.get("/competencies?category=MANAGEMENT", Map.of("HX-Request", "true")));
		assertThat(managing).contains("团队管理", "id=\"competency-table\"").doesNotContain("订单录入", "<nav");
		assertThat(ok(hr.get("/competencies?category=EXECUTION"))).contains("订单录入").doesNotContain("团队管理")
			.containsPattern("<option value=\"EXECUTION\" selected");
	}

	@Test
	void validationErrorsStandNextToTheirFieldsInChineseAndEnglish() {
		competency("TAKEN", "已有", Category.EXECUTION);
		String zh = ok(post("/competencies/new", Map.of("code", "no spaces", "nameZh", " ", "category", "EXECUTION",
				"levelsEn[3]", "x".repeat(501))));
		assertThat(fieldError(zh, "nameZh")).isEqualTo("不能为空。");
		assertThat(fieldError(zh, "levelsEn3")).isEqualTo("长度须在 0–500 之间。");
		assertThat(staff.in(() -> model.competencies())).hasSize(1);

		ok(hr.get("/competencies?lang=en"));
		String en = ok(post("/competencies/new", Map.of("code", "TAKEN", "nameZh", "重复", "category", "EXECUTION")));
		assertThat(fieldError(en, "code")).as("the service's rule, next to its field").isEqualTo("This value is already in use.");
		String kpi = ok(post("/kpis/new", Map.of("code", "K1", "nameZh", "差错率", "unit", "", "direction", "LOWER_IS_BETTER",
				"target", "8")));
		assertThat(fieldError(kpi, "unit")).isEqualTo("Must not be empty.");
		String target = ok(post("/kpis/new", Map.of("code", "K1", "nameZh", "差错率", "unit", "%", "direction", "LOWER_IS_BETTER",
				"target", "eight")));
		assertThat(fieldError(target, "target")).isEqualTo("Wrong format.");
		assertThat(target).as("what was typed is shown again").contains("value=\"eight\"", "value=\"差错率\"");
		String scenario = ok(post("/scenarios/new", Map.of("code", "S1", "nameZh", "", "positionIds", UUID.randomUUID().toString())));
		assertThat(fieldError(scenario, "nameZh")).isEqualTo("Must not be empty.");
		assertThat(staff.in(() -> performance.kpis())).isEmpty();
		assertThat(staff.in(() -> scenarios.list())).isEmpty();
	}

	@Test
	void savingRequiredLevelsReplacesThePositionsRequirements() {
		UUID comm = competency("COMM", "沟通", Category.COLLABORATION);
		UUID entry = competency("ENTRY", "订单录入", Category.EXECUTION);
		staff.in(() -> model.setRequirements(staff.clerk.id(), List.of(new RequiredLevel(comm, 3))));

		assertThat(ok(hr.get("/competencies/requirements"))).contains(staff.clerk.name()).doesNotContain("id=\"requirements\"");
		String page = ok(hr.get("/competencies/requirements?positionId=" + staff.clerk.id().value()));
		assertThat(page).contains("沟通", "订单录入").containsPattern("name=\"rows\\[0]\\.level\"[\\s\\S]*?<option value=\"3\" selected");

		Map<String, String> levels = Map.of("positionId", staff.clerk.id().value().toString(), "rows[0].competencyId", comm.toString(),
				"rows[0].level", "0", "rows[1].competencyId", entry.toString(), "rows[1].level", "4");
		assertThat(TestBrowser.redirectPath(post("/competencies/requirements", levels)))
			.isEqualTo("/competencies/requirements?positionId=" + staff.clerk.id().value());
		assertThat(staff.in(() -> model.requirements(staff.clerk.id()))).singleElement()
			.satisfies(r -> assertThat(r.competencyCode()).isEqualTo("ENTRY")).satisfies(r -> assertThat(r.requiredLevel()).isEqualTo(4));

		Map<String, String> tooHigh = new HashMap<>(levels);
		tooHigh.put("rows[1].level", "7");
		assertThat(fieldError(ok(post("/competencies/requirements", tooHigh)), "rows1.level")).isEqualTo("不能大于 5。");
		assertThat(staff.in(() -> model.requirements(staff.clerk.id()))).singleElement()
			.satisfies(r -> assertThat(r.requiredLevel()).isEqualTo(4));
	}

	@Test
	void hrDefinesKpisWithTheirCompetenciesAndLinksThemToScenarios() {
		UUID comm = competency("COMM", "沟通", Category.COLLABORATION);
		UUID entry = competency("ENTRY", "订单录入", Category.EXECUTION);
		assertThat(TestBrowser.redirectPath(post("/kpis/new", Map.of("code", "ERR", "nameZh", "订单差错率", "nameEn", "Order error rate",
				"unit", "%", "direction", "LOWER_IS_BETTER", "target", "6.5", "competencyIds", comm.toString()))))
			.isEqualTo("/kpis");
		Kpi kpi = staff.in(() -> performance.kpis()).get(0);
		assertThat(kpi.target()).isEqualByComparingTo("6.5");
		assertThat(kpi.competencyIds()).containsExactly(comm);
		assertThat(ok(hr.get("/kpis"))).contains("订单差错率", "6.5", "越低越好", "沟通", "/kpis/" + kpi.id() + "/edit");

		assertThat(ok(hr.get("/kpis/" + kpi.id() + "/edit"))).containsPattern("<input[^>]*value=\"" + comm + "\"[^>]*checked");
		post("/kpis/" + kpi.id() + "/edit", Map.of("nameZh", "订单差错率", "unit", "%", "direction", "LOWER_IS_BETTER", "target", "5",
				"competencyIds", entry.toString()));
		Kpi changed = staff.in(() -> performance.kpi(kpi.id()));
		assertThat(changed.target()).isEqualByComparingTo(BigDecimal.valueOf(5));
		assertThat(changed.competencyIds()).containsExactly(entry);

		assertThat(TestBrowser.redirectPath(post("/scenarios/new", Map.of("code", "FLOW", "nameZh", "订单流程协同", "description", "从录入到生产",
				"positionIds", staff.clerk.id().value().toString(), "kpiIds", kpi.id().toString())))).isEqualTo("/scenarios");
		Scenario scenario = staff.in(() -> scenarios.list()).get(0);
		assertThat(scenario.positionIds()).containsExactly(staff.clerk.id());
		assertThat(scenario.kpiIds()).containsExactly(kpi.id());
		assertThat(ok(hr.get("/scenarios"))).contains("订单流程协同", "/scenarios/" + scenario.id() + "/edit", "/scenarios/new");

		String form = ok(hr.get("/scenarios/" + scenario.id() + "/edit"));
		assertThat(form).containsPattern("<input[^>]*value=\"" + staff.clerk.id().value() + "\"[^>]*checked").contains(staff.cadre.name(), "储干");
		hr.postForm("/scenarios/" + scenario.id() + "/edit", Map.of("nameZh", "订单流程协同", "positionIds", staff.cadre.id().value().toString()),
				csrf());
		Scenario changed2 = staff.in(() -> scenarios.get(scenario.id()));
		assertThat(changed2.positionIds()).containsExactly(staff.cadre.id());
		assertThat(changed2.kpiIds()).as("no KPI ticked: none linked").isEmpty();
	}

	@Test
	void auditorsReadWithoutEditingAndEmployeesAreRefused() {
		UUID comm = competency("COMM", "沟通", Category.COLLABORATION);
		UUID kpi = staff.in(() -> performance.create(new KpiForm("ERR", "差错率", null, "%", Direction.LOWER_IS_BETTER, BigDecimal.ONE,
				List.of(comm)))).id();
		TestBrowser auditor = new TestBrowser(port).signIn(staff.login("auditor", Set.of(Role.AUDITOR), Set.of(), null),
				TestTenants.PASSWORD);
		for (String page : List.of("/competencies", "/kpis", "/scenarios", "/competencies/requirements?positionId=" + staff.clerk.id().value())) {
			String html = ok(auditor.get(page));
			assertThat(html).as(page).doesNotContain("/edit\"", "/new\"", "type=\"submit\" class=\"btn btn-primary\"");
		}
		assertThat(ok(auditor.get("/competencies"))).contains("沟通");
		assertThat(ok(auditor.get("/competencies/requirements?positionId=" + staff.clerk.id().value()))).contains("disabled");
		for (String page : List.of("/competencies/new", "/competencies/" + comm + "/edit", "/kpis/new", "/kpis/" + kpi + "/edit",
				"/scenarios/new")) {
			assertThat(auditor.get(page).statusCode()).as(page).isEqualTo(403);
		}
		assertThat(auditor.postForm("/competencies/" + comm + "/edit", Map.of("nameZh", "改", "category", "EXECUTION"),
				TestBrowser.csrf(auditor.get("/competencies"))).statusCode()).isEqualTo(403);
		assertThat(staff.in(() -> model.competency(comm)).nameZh()).isEqualTo("沟通");

		// the model is the tenant's: region admins read it (and record assessments for their employees) but HR changes it
		TestBrowser regionAdmin = new TestBrowser(port).signIn(staff.login("east-admin", Set.of(Role.REGION_ADMIN), Set.of(staff.east), null),
				TestTenants.PASSWORD);
		assertThat(ok(regionAdmin.get("/competencies"))).contains("沟通").doesNotContain("/competencies/" + comm + "/edit");
		assertThat(regionAdmin.get("/competencies/" + comm + "/edit").statusCode()).isEqualTo(403);

		TestBrowser employee = new TestBrowser(port).signIn(staff.login("clerk", Set.of(Role.EMPLOYEE), Set.of(),
				staff.hire("0001", "Clerk", staff.east, staff.clerk)), TestTenants.PASSWORD);
		for (String page : List.of("/competencies", "/competencies/requirements", "/kpis", "/scenarios", "/competencies/new")) {
			assertThat(employee.get(page).statusCode()).as(page).isEqualTo(403);
		}
	}

	@Test
	void anotherTenantsIdsAreNotFound() {
		TestHttp http = new TestHttp(port, json);
		String demo = TestHttp.basic("hr@demo", "cotrain-demo");
		String competency = first(http.json(http.get("/api/v1/competencies", demo)));
		String kpi = first(http.json(http.get("/api/v1/kpis", demo)));
		String scenario = first(http.json(http.get("/api/v1/scenarios", demo)));
		String position = first(http.json(http.get("/api/v1/positions", demo)));
		String before = http.get("/api/v1/competencies/" + competency, demo).body();

		TestBrowser acme = new TestBrowser(port).signIn("hr@acme", "cotrain-demo");
		for (String page : List.of("/competencies/" + competency + "/edit", "/kpis/" + kpi + "/edit", "/scenarios/" + scenario + "/edit",
				"/competencies/requirements?positionId=" + position)) {
			assertThat(acme.get(page).statusCode()).as(page).isEqualTo(404);
		}
		String csrf = TestBrowser.csrf(acme.get("/competencies"));
		assertThat(acme.postForm("/competencies/" + competency + "/edit", Map.of("nameZh", "acme was here", "category", "EXECUTION"), csrf)
			.statusCode()).isEqualTo(404);
		assertThat(acme.postForm("/competencies/requirements", Map.of("positionId", position, "rows[0].competencyId", competency,
				"rows[0].level", "1"), csrf).statusCode()).isEqualTo(404);
		assertThat(http.get("/api/v1/competencies/" + competency, demo).body()).isEqualTo(before);
	}

	private UUID competency(String code, String name, Category category) {
		return staff.in(() -> model.create(new CompetencyForm(code, name, null, category, null, null))).id();
	}

	private HttpResponse<String> post(String path, Map<String, String> fields) {
		return hr.postForm(path, fields, csrf());
	}

	private String csrf() {
		return TestBrowser.csrf(hr.get("/competencies"));
	}

	private static String ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as("%s → %s", response.uri(), response.body()).isEqualTo(200);
		return response.body();
	}

	private static String first(JsonNode list) {
		assertThat(list.size()).isPositive();
		return list.get(0).get("id").asString();
	}

	/** The error shown in the feedback after the control with {@code id}, which is marked invalid. */
	private static String fieldError(String html, String id) {
		Matcher m = Pattern.compile("<(input|select|textarea)[^>]*id=\"" + Pattern.quote(id)
				+ "\"[^>]*>[\\s\\S]*?<div class=\"invalid-feedback\">([^<]*)<").matcher(html);
		assertThat(m.find()).as("control %s with its message in %s", id, html).isTrue();
		assertThat(m.group()).as("control %s", id).containsPattern("^<[^>]*is-invalid");
		return m.group(2).trim();
	}
}
