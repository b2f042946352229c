package io.cotrain.competency;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import io.cotrain.tenancy.TestTenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The competency section of the employee archive: levels per source against the position's requirements and the KPI
 * history of the window, with their chart data; shown to whoever may open the archive, and only that employee's data.
 */
@CoTrainTest
class CompetencyArchiveTest {

	/** Mid-June in both regions: the KPI window of 3 months is March to May 2026. */
	private static final Instant JUNE_15 = Instant.parse("2026-06-15T04:00:00Z");
	private static final Pattern CHART = Pattern.compile("data-chart=\"(\\w+)\"[^>]*?data-chart-data=\"([^\"]*)\"");

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

	private TestStaff staff;
	private EmployeeView supervisor;
	private EmployeeView clerk;
	private EmployeeView otherClerk;
	private EmployeeView newcomer;

	@BeforeEach
	void aClerkWithAssessmentsAndKpis() {
		clock.set(JUNE_15);
		staff = new TestStaff(provisioning, directory, organisation, registry, accounts);
		UUID comm = competency("COMM", "沟通");
		UUID insight = competency("INSIGHT", "洞察");
		UUID extra = competency("EXTRA", "额外");
		staff.in(() -> model.setRequirements(staff.clerk.id(), List.of(new RequiredLevel(comm, 4), new RequiredLevel(insight, 2))));
		UUID errors = staff.in(() -> performance.create(new Performance.KpiForm("ERR", "差错率", "Error rate", "%",
				Direction.LOWER_IS_BETTER, new BigDecimal("8"), List.of(comm)))).id();

		supervisor = staff.hire("S1", "李主管", staff.east, staff.supervisor);
		EmployeeView otherSupervisor = staff.hire("S2", "周主管", staff.east, staff.supervisor);
		clerk = staff.hire("C1", "王文员", staff.east, staff.clerk, supervisor, LocalDate.of(2024, 3, 1));
		otherClerk = staff.hire("C2", "张文员", staff.east, staff.clerk, otherSupervisor, LocalDate.of(2024, 3, 1));
		newcomer = staff.hire("C3", "新文员", staff.east, staff.clerk, supervisor, LocalDate.of(2026, 6, 1));

		assess(clerk, comm, 1, "2026-01-01", Source.SELF);
		assess(clerk, comm, 3, "2026-05-01", Source.SELF); // the latest self-assessment
		assess(clerk, comm, 1, "2026-02-01", Source.TEST);
		assess(clerk, comm, 2, "2026-05-10", Source.MENTOR); // the latest of all sources: gap 4 − 2
		assess(clerk, insight, 3, "2026-04-01", Source.MENTOR); // above the requirement: gap 0
		assess(clerk, extra, 4, "2026-04-01", Source.TEST); // not required by the position
		record(clerk, errors, "2026-02-01", "30"); // before the window
		record(clerk, errors, "2026-03-01", "10");
		record(clerk, errors, "2026-05-01", "7.5");
		record(clerk, errors, "2026-06-01", "99"); // the current month is not complete
		assess(otherClerk, comm, 5, "2026-05-01", Source.SELF);
		record(otherClerk, errors, "2026-04-01", "55");
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void hrSeesLevelsBySourceAgainstTheRequirementsAndTheKpiHistoryOfTheWindow() {
		String page = page(staff.hr(), clerk);
		assertThat(page).contains("id=\"competency-section\"", "能力与绩效", "id=\"competency-levels\"", "id=\"kpi-ERR\"",
				"目标：≤ 8%", "role=\"img\"", "aria-describedby=\"competency-levels\"", "aria-describedby=\"kpi-ERR\"");

		JsonNode levels = chart(page, "levels");
		assertThat(strings(levels.path("categories"))).containsExactly("沟通", "洞察", "额外");
		assertThat(levels.path("required").toString()).isEqualTo("[4,2,null]");
		assertThat(levels.path("self").toString()).isEqualTo("[3,null,null]");
		assertThat(levels.path("mentor").toString()).isEqualTo("[2,3,null]");
		assertThat(levels.path("test").toString()).isEqualTo("[1,null,4]");
		assertThat(row(page, "COMM")).containsSubsequence(">4<", ">3<", ">2<", ">1<", ">2<");
		assertThat(row(page, "INSIGHT")).containsSubsequence(">2<", ">—<", ">3<", ">—<", ">0<");

		JsonNode kpi = chart(page, "kpi");
		assertThat(strings(kpi.path("months"))).containsExactly("2026-03", "2026-04", "2026-05");
		assertThat(kpi.path("values").toString()).isEqualTo("[10.0,null,7.5]");
		assertThat(kpi.path("target").asDouble()).isEqualTo(8.0);
		assertThat(page).contains("2026-03 至 2026-05", "10%", "7.5%", "未达标", "达标", "无记录").doesNotContain("99%", "30%", "55%");
	}

	@Test
	void theEmployeeAndTheirMentorSeeTheSectionOthersStillGetNotFound() {
		String clerkLogin = staff.login("clerk", Set.of(Role.EMPLOYEE), Set.of(staff.east), clerk);
		String mentorLogin = staff.login("mentor", Set.of(Role.MENTOR), Set.of(staff.east), supervisor);
		String otherLogin = staff.login("other", Set.of(Role.EMPLOYEE), Set.of(staff.east), otherClerk);

		TestBrowser own = new TestBrowser(port).signIn(clerkLogin, TestTenants.PASSWORD);
		String mine = own.get("/employees/me").body();
		assertThat(chart(mine, "levels").path("mentor").toString()).isEqualTo("[2,3,null]");
		assertThat(chart(mine, "kpi").path("values").toString()).isEqualTo("[10.0,null,7.5]");
		assertThat(own.get("/employees/" + otherClerk.id()).statusCode()).isEqualTo(404);

		TestBrowser mentor = new TestBrowser(port).signIn(mentorLogin, TestTenants.PASSWORD);
		HttpResponse<String> mentee = mentor.get("/employees/" + clerk.id());
		assertThat(mentee.statusCode()).isEqualTo(200);
		assertThat(chart(mentee.body(), "levels").path("self").toString()).isEqualTo("[3,null,null]");
		assertThat(mentor.get("/employees/" + otherClerk.id()).statusCode()).isEqualTo(404);

		TestBrowser other = new TestBrowser(port).signIn(otherLogin, TestTenants.PASSWORD);
		HttpResponse<String> foreign = other.get("/employees/" + clerk.id());
		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(foreign.body()).doesNotContain("competency-section", "7.5");
		assertThat(chart(other.get("/employees/me").body(), "kpi").path("values").toString()).isEqualTo("[null,55.0,null]");
	}

	@Test
	void anEmployeeWithoutRequirementsAssessmentsOrKpisGetsNoSection() {
		staff.in(() -> model.setRequirements(staff.clerk.id(), List.of()));
		assertThat(page(staff.hr(), newcomer)).contains("assignment-history").doesNotContain("competency-section", "data-chart");
		assertThat(page(staff.hr(), clerk)).contains("competency-section", "data-chart=\"levels\"");
	}

	private String page(String login, EmployeeView employee) {
		HttpResponse<String> response = new TestBrowser(port).signIn(login, TestTenants.PASSWORD).get("/employees/" + employee.id());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	/** The JSON of the page's first chart of that kind, as charts.js reads it. */
	private JsonNode chart(String page, String kind) {
		Matcher m = CHART.matcher(page);
		while (m.find()) {
			if (m.group(1).equals(kind)) {
				return json.readTree(HtmlUtils.htmlUnescape(m.group(2)));
			}
		}
		throw new AssertionError("no chart " + kind);
	}

	private static String row(String page, String competency) {
		int start = page.indexOf("data-competency=\"" + competency + "\"");
		assertThat(start).as("row of " + competency).isPositive();
		return page.substring(start, page.indexOf("</tr>", start));
	}

	private static List<String> strings(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

	private UUID competency(String code, String name) {
		return staff.in(() -> model.create(new CompetencyForm(code, name, null, Category.EXECUTION, null, null))).id();
	}

	private void assess(EmployeeView e, UUID competency, int level, String on, Source source) {
		staff.in(() -> model.assess(new AssessmentForm(e.id(), competency, level, LocalDate.parse(on), source, "test")));
	}

	private void record(EmployeeView e, UUID kpi, String month, String value) {
		staff.in(() -> performance.record(new Performance.KpiRecordForm(e.id(), kpi, LocalDate.parse(month), new BigDecimal(value))));
	}
}
