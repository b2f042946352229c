package io.cotrain.training;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cotrain.CoTrainTest;
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
import io.cotrain.training.group.GroupView;
import io.cotrain.training.group.Groups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR's pages to build a programme version: courses with units and quiz questions, task templates with steps and
 * dependencies, both learning paths (a cycle refused next to the field), the read-only view of a published version,
 * and the collaboration groups (proposal with scores and reasons, save, move a clerk, a region admin's view).
 */
@CoTrainTest
class ProgrammeBuildPagesTest {

	@LocalServerPort
	int port;
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

	TestStaff staff;
	TestBrowser hr;
	UUID programme;
	String base;

	@BeforeEach
	void programme() {
		staff = new TestStaff(provisioning, directory, organisation, registry, accounts);
		hr = new TestBrowser(port).signIn(staff.hr(), TestTenants.PASSWORD);
		HttpResponse<String> form = hr.get("/programmes/new");
		String path = TestBrowser.redirectPath(hr.postForm("/programmes/new", Map.of("code", "CAMP", "name", "订单流程协同训练营",
				"jointGoal", "提升协同效率", "startsOn", "2026-07-01", "endsOn", "2026-09-30",
				"regions", staff.east.id().value().toString()), TestBrowser.csrf(form)));
		programme = UUID.fromString(path.substring("/programmes/".length()));
		base = path + "/versions/1";
	}

	@Test
	void hrBuildsCoursesWithUnitsAndQuestionsAndSeesFieldErrorsWithTheInputKept() {
		HttpResponse<String> page = hr.get(base + "/courses");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("该版本还没有课程。", "新建课程", "id=\"version-tabs\"");
		String csrf = TestBrowser.csrf(page);

		HttpResponse<String> invalid = hr.postForm(base + "/courses", form("code", "", "titleZh", "订单录入规范", "audience", "CLERK",
				"mode", "ONLINE", "creditHours", "abc"), csrf);
		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(invalid.body()).contains("格式不正确", "value=\"订单录入规范\"", "value=\"abc\"");

		String coursePath = TestBrowser.redirectPath(hr.postForm(base + "/courses", form("code", "ORD-101", "titleZh", "订单录入规范",
				"titleEn", "Order entry", "audience", "CLERK", "mode", "ONLINE", "creditHours", "1.5"), csrf));
		assertThat(coursePath).startsWith(base + "/courses/");
		assertThat(hr.get(coursePath).body()).contains("已添加。", "订单录入规范", "添加学习单元");

		HttpResponse<String> badUnit = hr.postForm(coursePath + "/units", form("kind", "QUIZ", "title", "录入测验", "durationMinutes", "10",
				"minSeconds", "0"), csrf);
		assertThat(badUnit.statusCode()).isEqualTo(200);
		assertThat(badUnit.body()).contains("及格线须在", "value=\"录入测验\"");
		assertThat(TestBrowser.redirectPath(hr.postForm(coursePath + "/units", form("kind", "TEXT", "title", "录入要点", "body", "先核对客户编码",
				"durationMinutes", "5", "minSeconds", "30"), csrf))).isEqualTo(coursePath);
		hr.postForm(coursePath + "/units", form("kind", "QUIZ", "title", "录入测验", "durationMinutes", "10", "minSeconds", "0",
				"passMark", "60"), csrf);
		Courses.Course course = staff.in(() -> courses.list(programme, 1).get(0));
		assertThat(course.units()).extracting(Courses.Unit::title).containsExactly("录入要点", "录入测验");

		// reorder: the quiz moves up
		Courses.Unit quiz = course.units().get(1);
		hr.postForm(coursePath + "/units/" + quiz.key() + "/move?direction=up", Map.of(), csrf);
		assertThat(staff.in(() -> courses.get(programme, 1, course.key())).units()).extracting(Courses.Unit::title)
			.containsExactly("录入测验", "录入要点");

		String unitPath = coursePath + "/units/" + quiz.key();
		HttpResponse<String> unitPage = hr.get(unitPath);
		assertThat(unitPage.body()).contains("还没有题目", "添加题目");
		HttpResponse<String> badQuestion = hr.postForm(unitPath + "/questions", form("prompt", "客户编码在哪里核对？", "kind", "SINGLE",
				"options", "CRM\nERP", "correct", "3", "points", "2"), csrf);
		assertThat(badQuestion.statusCode()).isEqualTo(200);
		assertThat(badQuestion.body()).contains("请填写选项序号 1–2", "客户编码在哪里核对？");
		HttpResponse<String> single = hr.postForm(unitPath + "/questions", form("prompt", "客户编码在哪里核对？", "kind", "SINGLE",
				"options", "CRM\nERP", "correct", "1, 2", "points", "2"), csrf);
		assertThat(single.body()).contains("单选题只能有一个正确答案");
		assertThat(TestBrowser.redirectPath(hr.postForm(unitPath + "/questions", form("prompt", "客户编码在哪里核对？", "kind", "SINGLE",
				"options", "CRM\nERP", "correct", "2", "points", "2"), csrf))).isEqualTo(unitPath);
		Courses.Question question = staff.in(() -> courses.get(programme, 1, course.key())).units().get(0).questions().get(0);
		assertThat(question.options()).containsExactly("CRM", "ERP");
		assertThat(question.correct()).containsExactly(1);

		HttpResponse<String> questionPage = hr.get(unitPath + "/questions/" + question.key());
		assertThat(questionPage.body()).contains("value=\"2\"", "CRM\nERP");
		hr.postForm(unitPath + "/questions/" + question.key(), form("prompt", "客户编码在哪里核对？", "kind", "MULTIPLE",
				"options", "CRM\nERP\n纸质单", "correct", "1 3", "points", "3"), csrf);
		Courses.Question edited = staff.in(() -> courses.get(programme, 1, course.key())).units().get(0).questions().get(0);
		assertThat(edited.kind()).isEqualTo(Courses.QuestionKind.MULTIPLE);
		assertThat(edited.correct()).containsExactly(0, 2);

		HttpResponse<String> badEdit = hr.postForm(coursePath, form("code", "ORD-101", "titleZh", "", "audience", "CLERK", "mode", "ONLINE",
				"creditHours", "1.5"), csrf);
		assertThat(badEdit.body()).contains("请填写，最多", "value=\"ORD-101\"");
		hr.postForm(unitPath + "/questions/" + question.key() + "/delete", Map.of(), csrf);
		assertThat(staff.in(() -> courses.get(programme, 1, course.key())).units().get(0).questions()).isEmpty();

		String regionAdmin = staff.login("east", Set.of(Role.REGION_ADMIN), Set.of(staff.east), null);
		HttpResponse<String> regionView = new TestBrowser(port).signIn(regionAdmin, TestTenants.PASSWORD).get(base + "/courses");
		assertThat(regionView.statusCode()).isEqualTo(200);
		assertThat(regionView.body()).contains("订单录入规范").doesNotContain("id=\"new-course\"");
	}

	@Test
	void hrBuildsTaskTemplatesWithStepsAndDependenciesAndACycleIsRefusedNextToTheField() {
		HttpResponse<String> page = hr.get(base + "/tasks");
		assertThat(page.statusCode()).isEqualTo(200);
		String csrf = TestBrowser.csrf(page);
		HttpResponse<String> invalid = hr.postForm(base + "/tasks", form("code", "bad code!", "titleZh", "订单流程优化", "graceHours", "999"),
				csrf);
		assertThat(invalid.body()).contains("宽限期须在", "value=\"订单流程优化\"");
		String taskPath = TestBrowser.redirectPath(hr.postForm(base + "/tasks", form("code", "FLOW", "titleZh", "订单流程优化"), csrf));

		HttpResponse<String> badStep = hr.postForm(taskPath + "/steps", form("role", "CLERK", "title", "录入 10 条模拟订单",
				"dueOffsetDays", "3"), csrf);
		assertThat(badStep.body()).contains("请至少选择一种打卡证据", "value=\"录入 10 条模拟订单\"");
		hr.postForm(taskPath + "/steps", form("role", "CLERK", "title", "录入 10 条模拟订单", "evidence", "TEXT", "dueOffsetDays", "3"), csrf);
		hr.postForm(taskPath + "/steps", form("role", "CADRE", "title", "根据数据优化流程", "evidence", "FILE", "dueOffsetDays", "7",
				"creditHours", "3"), csrf);
		TaskTemplates.Task task = staff.in(() -> tasks.list(programme, 1).get(0));
		assertThat(task.steps()).extracting(TaskTemplates.Step::title).containsExactly("录入 10 条模拟订单", "根据数据优化流程");
		TaskTemplates.Step entry = task.steps().get(0);
		TaskTemplates.Step optimise = task.steps().get(1);
		assertThat(entry.creditHours()).isEqualByComparingTo("2");

		String optimisePath = taskPath + "/steps/" + optimise.key();
		assertThat(TestBrowser.redirectPath(hr.postForm(optimisePath + "/requires", Map.of("requires", entry.key().toString()), csrf)))
			.isEqualTo(optimisePath);
		HttpResponse<String> cycle = hr.postForm(taskPath + "/steps/" + entry.key() + "/requires",
				Map.of("requires", optimise.key().toString()), csrf);
		assertThat(cycle.statusCode()).isEqualTo(200);
		assertThat(cycle.body()).contains("不能添加此依赖：会形成循环", "is-invalid");
		assertThat(hr.get(taskPath).body()).contains("录入 10 条模拟订单", "根据数据优化流程", "第 7 天");
		hr.postForm(optimisePath + "/requires/" + entry.key() + "/delete", Map.of(), csrf);
		assertThat(staff.in(() -> tasks.get(programme, 1, task.key())).steps().get(1).requires()).isEmpty();
	}

	@Test
	void hrPutsItemsOnBothPathsAndACycleShowsTheMessageNextToTheField() {
		UUID course = staff.in(() -> courses.create(programme, 1, new Courses.CourseForm("JOINT-1", "协同沟通", null, null, Audience.JOINT,
				Courses.Mode.ONLINE, java.math.BigDecimal.ONE, List.of())).key());
		UUID clerkCourse = staff.in(() -> courses.create(programme, 1, new Courses.CourseForm("CLERK-1", "订单录入", null, null,
				Audience.CLERK, Courses.Mode.ONLINE, java.math.BigDecimal.ONE, List.of())).key());
		HttpResponse<String> page = hr.get(base + "/paths/clerk");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("协同沟通", "订单录入", "路径上还没有学习项");
		assertThat(hr.get(base + "/paths/cadre").body()).contains("协同沟通").doesNotContain("订单录入");
		String csrf = TestBrowser.csrf(page);

		HttpResponse<String> missingDate = hr.postForm(base + "/paths/clerk/items", Map.of("ref", "COURSE:" + course), csrf);
		assertThat(missingDate.body()).contains("灵活安排的学习项需要截止日期");
		HttpResponse<String> outside = hr.postForm(base + "/paths/clerk/items", Map.of("ref", "COURSE:" + course, "dueOn", "2027-01-01"), csrf);
		assertThat(outside.body()).contains("日期须在项目周期内", "value=\"2027-01-01\"");
		hr.postForm(base + "/paths/clerk/items", Map.of("ref", "COURSE:" + course, "dueOn", "2026-07-15"), csrf);
		hr.postForm(base + "/paths/clerk/items", Map.of("ref", "COURSE:" + clerkCourse, "dueOn", "2026-07-31"), csrf);
		hr.postForm(base + "/paths/cadre/items", Map.of("ref", "COURSE:" + course, "dueOn", "2026-07-15"), csrf);
		LearningPaths.Path clerk = staff.in(() -> paths.path(programme, 1, LearningPaths.Role.CLERK));
		assertThat(clerk.items()).hasSize(2);
		assertThat(staff.in(() -> paths.path(programme, 1, LearningPaths.Role.CADRE)).items()).hasSize(1);
		UUID first = clerk.items().get(0).key();
		UUID second = clerk.items().get(1).key();

		assertThat(TestBrowser.redirectPath(hr.postForm(base + "/paths/clerk/prerequisites",
				Map.of("item", second.toString(), "requires", first.toString()), csrf))).isEqualTo(base + "/paths/clerk");
		HttpResponse<String> cycle = hr.postForm(base + "/paths/clerk/prerequisites", Map.of("item", first.toString(),
				"requires", second.toString()), csrf);
		assertThat(cycle.statusCode()).isEqualTo(200);
		assertThat(cycle.body()).contains("先修关系不能成环").containsPattern("is-invalid[^>]*>(?s).{0,600}先修关系不能成环");

		HttpResponse<String> badCheckpoint = hr.postForm(base + "/paths/clerk/checkpoints", Map.of("dueOn", "2026-08-01",
				"expectedPercent", "150", "label", "中期"), csrf);
		assertThat(badCheckpoint.body()).contains("期望完成比例须在 1% 到 100% 之间", "value=\"中期\"");
		hr.postForm(base + "/paths/clerk/checkpoints", Map.of("dueOn", "2026-08-01", "expectedPercent", "50", "label", "中期"), csrf);
		hr.postForm(base + "/paths/clerk/items/" + second + "/move?direction=up", Map.of(), csrf);
		LearningPaths.Path after = staff.in(() -> paths.path(programme, 1, LearningPaths.Role.CLERK));
		assertThat(after.items()).extracting(LearningPaths.Item::key).containsExactly(second, first);
		assertThat(after.checkpoints()).extracting(LearningPaths.Checkpoint::expectedPercent).containsExactly(50);
		assertThat(hr.get(base + "/paths/clerk").body()).contains("期望完成 50%", "中期");
	}

	@Test
	void aPublishedVersionIsShownReadOnlyWithAHintToCreateANewVersion() {
		staff.in(() -> courses.create(programme, 1, new Courses.CourseForm("C1", "协同沟通", null, null, Audience.CLERK,
				Courses.Mode.OFFLINE, java.math.BigDecimal.ONE, List.of())));
		HttpResponse<String> programmePage = hr.get("/programmes/" + programme);
		assertThat(programmePage.body()).contains(base + "/courses", base + "/tasks", base + "/paths/clerk", base + "/paths/cadre",
				"/programmes/" + programme + "/groups");
		hr.postForm("/programmes/" + programme + "/publish", Map.of(), TestBrowser.csrf(programmePage));
		assertThat(staff.in(() -> programmes.get(programme)).published()).isNotNull();

		for (String path : List.of("/courses", "/tasks", "/paths/clerk", "/paths/cadre")) {
			HttpResponse<String> page = hr.get(base + path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.body()).as(path).contains("id=\"read-only\"", "请在项目页创建新版本").doesNotContain("id=\"new-");
		}
		UUID key = staff.in(() -> courses.list(programme, 1).get(0).key());
		HttpResponse<String> coursePage = hr.get(base + "/courses/" + key);
		assertThat(coursePage.body()).contains("协同沟通", "<fieldset disabled").doesNotContain("/delete\"");
		HttpResponse<String> refused = hr.postForm(base + "/courses", form("code", "C2", "titleZh", "新课", "audience", "CLERK", "mode",
				"ONLINE", "creditHours", "1"), TestBrowser.csrf(programmePage));
		assertThat(refused.body()).contains("该版本已发布，不能再修改");
		assertThat(staff.in(() -> courses.list(programme, 1))).hasSize(1);
	}

	@Test
	void hrProposesGroupsWithScoresAndReasonsSavesThemAndMovesAClerk() {
		EmployeeView manager = staff.hire("400", "孙经理", staff.east, staff.manager);
		EmployeeView supervisor = staff.hire("300", "周主管", staff.east, staff.supervisor, manager, LocalDate.of(2024, 1, 15));
		staff.hire("101", "王文员", staff.east, staff.clerk, supervisor, LocalDate.of(2024, 1, 15));
		staff.hire("102", "李文员", staff.east, staff.clerk, supervisor, LocalDate.of(2024, 1, 15));
		staff.hire("103", "赵文员", staff.east, staff.clerk, supervisor, LocalDate.of(2024, 1, 15));
		staff.hire("201", "张储干", staff.east, staff.cadre, manager, LocalDate.of(2024, 1, 15));
		staff.hire("202", "钱储干", staff.east, staff.cadre, manager, LocalDate.of(2024, 1, 15));

		HttpResponse<String> empty = hr.get("/programmes/" + programme + "/groups");
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("还没有保存的小组", "生成分组建议");
		HttpResponse<String> proposal = hr.get("/programmes/" + programme + "/groups/proposal");
		assertThat(proposal.statusCode()).isEqualTo(200);
		assertThat(proposal.body()).contains("第 1 组", "第 2 组", "张储干", "同一区域", "同一组织单元", "学员的直属上级", "孙经理", "周主管",
				"保存分组建议");
		assertThat(staff.in(() -> groups.list(programme))).isEmpty();

		String saved = TestBrowser.redirectPath(hr.postForm("/programmes/" + programme + "/groups/proposal", Map.of(),
				TestBrowser.csrf(proposal)));
		assertThat(saved).isEqualTo("/programmes/" + programme + "/groups");
		HttpResponse<String> page = hr.get(saved);
		assertThat(page.body()).contains("已保存分组建议，现共 2 个小组", "第 1 组", "同一区域", "调入文员");
		List<GroupView> two = staff.in(() -> groups.list(programme));
		assertThat(two).hasSize(2);
		GroupView small = two.stream().filter(g -> g.clerks().size() == 1).findFirst().orElseThrow();
		GroupView big = two.stream().filter(g -> g.clerks().size() == 2).findFirst().orElseThrow();
		UUID clerkOfBig = big.clerks().get(0).clerk().id().value();

		// a full group refuses, shown next to the form
		HttpResponse<String> full = hr.postForm("/programmes/" + programme + "/groups/" + big.id() + "/clerks",
				Map.of("clerkId", small.clerks().get(0).clerk().id().value().toString()), TestBrowser.csrf(page));
		assertThat(full.statusCode()).isEqualTo(200);
		assertThat(full.body()).contains("此小组已满");
		assertThat(TestBrowser.redirectPath(hr.postForm("/programmes/" + programme + "/groups/" + small.id() + "/clerks",
				Map.of("clerkId", clerkOfBig.toString()), TestBrowser.csrf(page)))).isEqualTo(saved);
		assertThat(staff.in(() -> groups.list(programme))).allSatisfy(g -> assertThat(g.clerks()).hasSize(g.id().equals(big.id()) ? 1 : 2));

		HttpResponse<String> noMentor = hr.postForm("/programmes/" + programme + "/groups/" + small.id() + "/mentor",
				Map.of("menteeId", clerkOfBig.toString(), "mentorId", ""), TestBrowser.csrf(page));
		assertThat(TestBrowser.redirectPath(noMentor)).isEqualTo(saved);
		HttpResponse<String> wrongMentor = hr.postForm("/programmes/" + programme + "/groups/" + small.id() + "/mentor",
				Map.of("menteeId", clerkOfBig.toString(), "mentorId", manager.id().value().toString()), TestBrowser.csrf(page));
		assertThat(wrongMentor.body()).contains("不是一线主管，不能担任文员的导师");

		String admin = staff.login("east", Set.of(Role.REGION_ADMIN), Set.of(staff.east), null);
		HttpResponse<String> regionView = new TestBrowser(port).signIn(admin, TestTenants.PASSWORD).get(saved);
		assertThat(regionView.statusCode()).isEqualTo(200);
		assertThat(regionView.body()).contains("第 1 组", "第 2 组").doesNotContain("调入文员", "生成分组建议");
		assertThat(new TestBrowser(port).signIn(admin, TestTenants.PASSWORD).get(saved + "/proposal").statusCode()).isEqualTo(403);
	}

	private static Map<String, String> form(String... pairs) {
		Map<String, String> form = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.put(pairs[i], pairs[i + 1]);
		}
		return form;
	}
}
