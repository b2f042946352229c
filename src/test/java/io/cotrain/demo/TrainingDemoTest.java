package io.cotrain.demo;

import java.util.List;

import io.cotrain.CoTrainTest;
import io.cotrain.training.Courses;
import io.cotrain.training.LearningPaths;
import io.cotrain.training.Programmes;
import io.cotrain.training.TaskTemplates;
import io.cotrain.training.group.GroupView;
import io.cotrain.training.group.Groups;
import io.cotrain.tenancy.TenantInfo;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.tenancy.TestHttp;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo programme (steps 5-programme, 5-content): active, with the clerk's and the cadre's courses, two joint sessions,
 * the collaborative task, both paths, and 20 groups of one cadre and two clerks — cadre.zhang with clerk.wang, mentored
 * by manager.zhao and mentor.li.
 */
@CoTrainTest
class TrainingDemoTest {

	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	Programmes programmes;
	@Autowired
	Courses courses;
	@Autowired
	TaskTemplates tasks;
	@Autowired
	LearningPaths paths;
	@Autowired
	Groups groups;
	@org.springframework.boot.test.web.server.LocalServerPort
	int port;
	@Autowired
	tools.jackson.databind.json.JsonMapper json;
	TestHttp http;

	@org.junit.jupiter.api.BeforeEach
	void http() {
		http = new TestHttp(port, json);
	}

	private <T> T inDemo(java.util.function.Supplier<T> work) {
		TenantInfo demo = provisioning.findByCode("demo").orElseThrow();
		return TenantScope.call(TenantScope.allRegions(demo.id()), work);
	}

	@Test
	void theDemoProgrammeIsActiveWithContentPathsAndTwentyGroups() {
		inDemo(() -> {
			Programmes.Programme programme = programmes.list().stream().filter(p -> p.code().equals(TrainingDemo.PROGRAMME))
				.findFirst().orElseThrow();
			assertThat(programme.status()).isEqualTo(Programmes.Status.ACTIVE);
			int version = programme.published().version();
			assertThat(courses.list(programme.id(), version)).extracting(Courses.Course::code)
				.contains("ORD-ENTRY", "PROC-OPT", "JOINT-KICKOFF", "JOINT-COMM", "JOINT-REVIEW");
			assertThat(tasks.list(programme.id(), version)).singleElement()
				.satisfies(t -> assertThat(t.steps()).extracting(TaskTemplates.Step::creditHours)
					.map(java.math.BigDecimal::stripTrailingZeros).map(java.math.BigDecimal::toPlainString).containsExactly("2", "3", "1"));
			assertThat(paths.paths(programme.id(), version)).allSatisfy(p -> assertThat(p.items()).hasSize(6));

			List<GroupView> saved = groups.list(programme.id());
			assertThat(saved).hasSize(20).allSatisfy(g -> assertThat(g.clerks()).hasSize(2));
			GroupView zhang = saved.stream().filter(g -> "00201".equals(g.cadre().employeeNo())).findFirst().orElseThrow();
			assertThat(zhang.cadreMentor().employeeNo()).as("manager.zhao").isEqualTo("00401");
			assertThat(zhang.clerks()).anySatisfy(c -> {
				assertThat(c.clerk().employeeNo()).as("clerk.wang").isEqualTo("00101");
				assertThat(c.mentor().employeeNo()).as("mentor.li").isEqualTo("00301");
			});
			return null;
		});
	}

	@Test
	void clerkWangHasOnlyTheOrderEntryQuizLeftAndSeesCadreZhangsProgress() {
		tools.jackson.databind.JsonNode mine = http.json(http.get("/api/v1/me/training", TestHttp.basic("clerk.wang@demo", DemoData.PASSWORD)));
		assertThat(mine).singleElement().satisfies(v -> {
			assertThat(v.at("/self/path/items/0/titleZh").asString()).isEqualTo("订单录入规范");
			assertThat(v.at("/self/path/items/0/percent").asInt()).as("40 of 50 minutes").isEqualTo(80);
			assertThat(v.at("/self/mentor/employeeNo").asString()).isEqualTo("00301");
			assertThat(v.get("partners")).extracting(p -> p.at("/member/employeeNo").asString()).contains("00201");
		});
	}
}
