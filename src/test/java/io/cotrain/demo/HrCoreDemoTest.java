package io.cotrain.demo;

import java.util.List;
import java.util.Set;

import io.cotrain.CoTrainTest;
import io.cotrain.employee.Assignment;
import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.EmployeePage;
import io.cotrain.employee.EmployeeQuery;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.PositionView;
import io.cotrain.employee.RoleType;
import io.cotrain.notification.delivery.DeliveryWorker;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantInfo;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.tenancy.TestHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo company's HR data (step 3-hr-core): enough people, two regions, the demo logins linked to employees (step
 * 4-notices), whose learners find a handful of notices in their inbox, in their language.
 */
@CoTrainTest
class HrCoreDemoTest {

	@LocalServerPort
	int port;
	@Autowired
	JsonMapper json;
	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	TenantDirectory directory;
	@Autowired
	EmployeeDirectory employees;
	@Autowired
	Accounts accounts;
	@Autowired
	DeliveryWorker worker;

	private <T> T inDemo(java.util.function.Supplier<T> work) {
		TenantInfo demo = provisioning.findByCode("demo").orElseThrow();
		return TenantScope.call(TenantScope.allRegions(demo.id()), work);
	}

	private long count(String user) {
		return new TestHttp(port, json).json(new TestHttp(port, json).get("/api/v1/employees?size=500",
				TestHttp.basic(user, DemoData.PASSWORD))).path("totalElements").asLong();
	}

	@Test
	void theDemoHasSixtyOrMoreEmployeesAndTheEastRegionAdminSeesOnlyItsOwn() {
		long all = count("hr@demo");
		long east = count("region.east@demo");
		assertThat(all).isGreaterThanOrEqualTo(60);
		assertThat(east).isPositive().isLessThan(all);
		assertThat(count("hr@acme")).isZero();

		RegionId cnEast = inDemo(() -> directory.regionByCode("cn-east").orElseThrow().id());
		EmployeePage page = inDemo(() -> employees.search(EmployeeQuery.all(0, 500)));
		assertThat(page.content().stream().filter(e -> e.region().equals(cnEast)).count()).isEqualTo(east);
		long clerks = page.content().stream().filter(e -> e.roleType() == RoleType.CLERK).count();
		long cadres = page.content().stream().filter(e -> e.roleType() == RoleType.CADRE).count();
		assertThat(clerks).isBetween(35L, 45L);
		assertThat(cadres).isBetween(18L, 22L);
		assertThat(page.content()).allSatisfy(e -> assertThat(e.hireDate()).isBefore(java.time.LocalDate.now().minusMonths(11)));
		long scenario = page.content().stream().filter(e -> e.tags().stream().anyMatch(t -> t.name().equals(HrCoreDemo.SCENARIO)))
			.count();
		assertThat(scenario).as("most learners share the scenario").isGreaterThan((clerks + cadres) / 2);
	}

	@Test
	void theDemoLoginsBelongToTheirEmployees() {
		assertLinked("clerk.wang@demo", "00101", "王芳", RoleType.CLERK);
		assertLinked("cadre.zhang@demo", "00201", "张伟", RoleType.CADRE);
		assertLinked("mentor.li@demo", "00301", "李强", RoleType.SUPERVISOR);
		assertLinked("manager.zhao@demo", "00401", "赵磊", RoleType.MANAGER);

		EmployeeView wang = inDemo(() -> employees.byNumber("00101").orElseThrow());
		EmployeeView li = inDemo(() -> employees.byNumber("00301").orElseThrow());
		EmployeeView zhang = inDemo(() -> employees.byNumber("00201").orElseThrow());
		assertThat(wang.terminalPin()).isEqualTo("00101");
		assertThat(zhang.terminalPin()).isEqualTo("00201");
		assertThat(wang.manager()).isEqualTo(li.id());
		assertThat(zhang.manager()).isEqualTo(inDemo(() -> employees.byNumber("00401").orElseThrow()).id());
		assertThat(wang.phone()).startsWith("+86");
	}

	@Test
	void aSupervisorsHistoryShowsTheirPromotion() {
		EmployeeView li = inDemo(() -> employees.byNumber("00301").orElseThrow());
		List<Assignment> history = inDemo(() -> employees.history(li.id()));
		assertThat(history).hasSizeGreaterThanOrEqualTo(2);
		List<PositionView> positions = inDemo(() -> employees.positions());
		PositionView first = positions.stream().filter(p -> p.id().equals(history.get(0).position())).findFirst().orElseThrow();
		PositionView last = positions.stream().filter(p -> p.id().equals(history.get(history.size() - 1).position())).findFirst()
			.orElseThrow();
		assertThat(first.roleType()).isEqualTo(RoleType.CLERK);
		assertThat(last.roleType()).isEqualTo(RoleType.SUPERVISOR);
		assertThat(last.grade()).isGreaterThan(first.grade());
		assertThat(positions).extracting(PositionView::code).contains("CLERK", "CADRE", "SUP", "MGR", "HR");
	}

	@Test
	void theDemoLearnersHaveAHandfulOfUnreadNoticesInTheirLanguage() {
		worker.runOnce(); // the product's worker delivers after the seeding's commits; the tests' is switched off
		for (String learner : List.of("clerk.wang@demo", "cadre.zhang@demo")) {
			assertThat(inDemo(() -> accounts.list()).stream().filter(a -> a.username().equals(learner)).findFirst().orElseThrow()
				.locale().toLanguageTag()).isEqualTo("zh-CN");
			JsonNode inbox = new TestHttp(port, json).json(new TestHttp(port, json).get("/api/v1/me/notifications?size=50",
					TestHttp.basic(learner, DemoData.PASSWORD)));
			List<JsonNode> demoNotices = inbox.path("content").valueStream()
				.filter(n -> "/employees/me#competency-section".equals(n.path("link").asString())).toList();
			assertThat(demoNotices).as(learner).hasSizeBetween(1, 5)
				.allSatisfy(n -> assertThat(n.path("subject").asString()).startsWith("新的能力评估："))
				.anySatisfy(n -> assertThat(n.hasNonNull("readAt")).isFalse());
			assertThat(inbox.path("unread").asLong()).as(learner).isPositive();
		}
	}

	private void assertLinked(String username, String number, String name, RoleType roleType) {
		EmployeeView employee = inDemo(() -> employees.byNumber(number).orElseThrow());
		assertThat(employee.name()).isEqualTo(name);
		assertThat(employee.roleType()).isEqualTo(roleType);
		assertThat(inDemo(() -> accounts.list()).stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow()
			.employeeId()).isEqualTo(employee.id().value());
		assertThat(Set.of(employee.region())).containsExactly(inDemo(() -> directory.regionByCode("cn-east").orElseThrow().id()));
	}
}
