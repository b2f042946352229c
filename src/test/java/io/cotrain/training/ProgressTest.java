package io.cotrain.training;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.cotrain.CoTrainTest;
import io.cotrain.MutableClock;
import io.cotrain.competency.Scenarios;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.EmployeeRegistry.NewEmployee;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.TestStaff;
import io.cotrain.notification.channel.sms.LocalSmsc;
import io.cotrain.notification.channel.sms.SmppSettings;
import io.cotrain.notification.delivery.DeliveryWorker;
import io.cotrain.notification.dispatch.ChannelConfigs;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TestBrowser;
import io.cotrain.tenancy.TestHttp;
import io.cotrain.tenancy.TestTenants;
import io.cotrain.training.Courses.Mode;
import io.cotrain.training.Courses.QuestionKind;
import io.cotrain.training.Courses.UnitKind;
import io.cotrain.training.LearningPaths.ItemKind;
import io.cotrain.training.group.GroupPlan;
import io.cotrain.training.group.Groups;
import org.jsmpp.bean.SubmitSm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enrolment and earned progress through the learner's API: activation enrols the group, reading time is counted from
 * heartbeats (capped), videos are confirmed after their minimum time, quizzes complete at their pass mark, and the
 * clerk's completed course reaches the cadre once, in-app and by SMS (a local SMSC), in the cadre's language; a new
 * version keeps the progress; prerequisites lock items; nobody else sees a learner's programme.
 */
@CoTrainTest
class ProgressTest {

	private static final LocalDate START = LocalDate.of(2026, 3, 2);
	private static final String CADRE_PHONE = "+8613900139000";

	@LocalServerPort
	int port;
	@Autowired
	Programmes programmes;
	@Autowired
	Courses courses;
	@Autowired
	LearningPaths paths;
	@Autowired
	Groups groups;
	@Autowired
	Scenarios scenarios;
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
	ChannelConfigs configs;
	@Autowired
	DeliveryWorker worker;
	@Autowired
	MutableClock clock;
	@Autowired
	JsonMapper json;
	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	TestStaff staff;
	TestHttp http;
	LocalSmsc smsc;
	UUID programme;
	Courses.Course entry;
	Courses.Course optimise;
	Courses.Course video;
	Courses.Course kickoff;
	Courses.Unit reading;
	Courses.Unit quiz;
	Courses.Question question;
	String clerk;
	String cadre;
	String mentor;

	@BeforeEach
	void setUp() throws Exception {
		clock.set(Instant.parse("2026-03-03T04:00:00Z")); // 12:00 in Shanghai: outside quiet hours
		staff = new TestStaff(provisioning, directory, organisation, registry, accounts);
		http = new TestHttp(port, json);
		smsc = new LocalSmsc().start();
		staff.in(() -> {
			configs.save((RegionId) null, SmppSettings.of("127.0.0.1", smsc.port(), LocalSmsc.SYSTEM_ID, LocalSmsc.PASSWORD, "CoTrain"), false,
					"hr@test");
			return null;
		});
	}

	@AfterEach
	void tearDown() throws Exception {
		smsc.close();
		clock.reset();
	}

	/** A programme with the clerk's course (reading + quiz), the cadre's course and a video course, one group, published. */
	private void activeProgramme(Locale cadreLocale) {
		EmployeeView manager = staff.hire("M1", "赵磊", staff.east, staff.manager);
		EmployeeView supervisor = staff.hire("S1", "李强", staff.east, staff.supervisor, manager, LocalDate.of(2023, 1, 1));
		EmployeeView clerkEmployee = staff.hire("C1", "王芳", staff.east, staff.clerk, supervisor, LocalDate.of(2024, 1, 1));
		EmployeeView cadreEmployee = staff.in(() -> registry.create(new NewEmployee("K1", "张伟", CADRE_PHONE, null, staff.east.id(),
				staff.eastTeam.id(), staff.cadre.id(), manager.id(), LocalDate.of(2024, 1, 1), null)));
		clerk = staff.login("wang", Set.of(Role.EMPLOYEE), Set.of(staff.east), clerkEmployee);
		cadre = staff.in(() -> accounts.create(new Accounts.NewAccount("zhang", "张伟", Set.of(Role.EMPLOYEE), Set.of(staff.east.id()),
				cadreLocale, TestTenants.PASSWORD, cadreEmployee.id().value())).account().username());
		mentor = staff.login("li", Set.of(Role.MENTOR), Set.of(staff.east), supervisor);
		staff.in(() -> {
			Scenarios.Scenario scenario = scenarios.create(new Scenarios.ScenarioForm("FLOW", "订单流程", "Order flow", null,
					List.of(staff.clerk.id(), staff.cadre.id()), List.of()));
			Scenarios.SavedNeed need = scenarios.saveNeed(scenario.id(), "提升协同效率", Locale.SIMPLIFIED_CHINESE);
			programme = programmes.create(new Programmes.ProgrammeForm("CAMP", "订单流程协同训练营", need.id(), null, null, START,
					START.plusWeeks(8), Set.of(staff.east.id()), null)).id();
			entry = courses.create(programme, 1, new Courses.CourseForm("ORD", "订单录入规范", "Order entry standards", null, Audience.CLERK,
					Mode.ONLINE, BigDecimal.ONE, List.of()));
			reading = courses.addUnit(programme, 1, entry.key(), new Courses.UnitForm(UnitKind.TEXT, "五个关键字段", "客户、物料、数量、交期、价格",
					null, 60, 20, null));
			quiz = courses.addUnit(programme, 1, entry.key(), new Courses.UnitForm(UnitKind.QUIZ, "测验", null, null, 0, 10, 80));
			question = courses.addQuestion(programme, 1, entry.key(), quiz.key(), new Courses.QuestionForm("交期?", QuestionKind.SINGLE,
					List.of("下单日", "不早于标准提前期"), List.of(1), 1));
			optimise = courses.create(programme, 1, new Courses.CourseForm("OPT", "流程优化方法", "Process optimisation", null, Audience.CADRE,
					Mode.ONLINE, BigDecimal.ONE, List.of()));
			courses.addUnit(programme, 1, optimise.key(), new Courses.UnitForm(UnitKind.TEXT, "价值流图", "现状与未来", null, 30, 10, null));
			video = courses.create(programme, 1, new Courses.CourseForm("VID", "录入演示", "Entry demo", null, Audience.CLERK, Mode.ONLINE,
					BigDecimal.ONE, List.of()));
			courses.addUnit(programme, 1, video.key(), new Courses.UnitForm(UnitKind.VIDEO, "演示视频", null, "https://video.example.cn/entry.mp4",
					120, 5, null));
			kickoff = courses.create(programme, 1, new Courses.CourseForm("KICK", "协同启动会", "Kick-off", null, Audience.JOINT, Mode.OFFLINE,
					BigDecimal.ONE, List.of()));
			LearningPaths.Item first = paths.addItem(programme, 1, LearningPaths.Role.CLERK,
					new LearningPaths.ItemForm(ItemKind.COURSE, entry.key(), null, START.plusWeeks(2), null));
			LearningPaths.Item second = paths.addItem(programme, 1, LearningPaths.Role.CLERK,
					new LearningPaths.ItemForm(ItemKind.COURSE, video.key(), null, START.plusWeeks(3), null));
			paths.addPrerequisite(programme, 1, LearningPaths.Role.CLERK, second.key(), first.key());
			paths.addItem(programme, 1, LearningPaths.Role.CADRE, new LearningPaths.ItemForm(ItemKind.COURSE, optimise.key(), null,
					START.plusWeeks(2), null));
			paths.addItem(programme, 1, LearningPaths.Role.CLERK, new LearningPaths.ItemForm(ItemKind.COURSE, kickoff.key(), null, null, null));
			paths.addItem(programme, 1, LearningPaths.Role.CADRE, new LearningPaths.ItemForm(ItemKind.COURSE, kickoff.key(), null, null, null));
			groups.save(programme, List.of(new GroupPlan(cadreEmployee.id(), manager.id(),
					List.of(new GroupPlan.ClerkPlan(clerkEmployee.id(), supervisor.id())))));
			programmes.publish(programme);
			return null;
		});
	}

	private String as(String user) {
		return TestHttp.basic(user, TestTenants.PASSWORD);
	}

	private JsonNode post(String user, String path, String body) {
		HttpResponse<String> response = http.post(path, as(user), body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return http.json(response);
	}

	private String unit(UUID unitKey, String action) {
		return "/api/v1/me/training/" + programme + "/units/" + unitKey + "/" + action;
	}

	/** The clerk reads the text unit long enough and passes the quiz: the course is complete. */
	private void clerkCompletesTheOrderEntryCourse() {
		post(clerk, unit(reading.key(), "open"), null);
		clock.advance(Duration.ofMinutes(5));
		post(clerk, unit(reading.key(), "heartbeat"), null);
		clock.advance(Duration.ofSeconds(20));
		post(clerk, unit(reading.key(), "heartbeat"), null);
		answer(1);
	}

	private JsonNode answer(int option) {
		return post(clerk, unit(quiz.key(), "quiz"), "{\"answers\":{\"%s\":[%d]}}".formatted(question.key(), option));
	}

	/** The subject and body of each inbox entry of the user that contains {@code text}. */
	private List<String> inbox(String user, String text) {
		JsonNode page = http.json(http.get("/api/v1/me/notifications?size=50", as(user)));
		List<String> found = new ArrayList<>();
		page.get("content").forEach(n -> {
			String entry = n.path("subject").asString("") + " | " + n.path("body").asString("");
			if (entry.contains(text)) {
				found.add(entry);
			}
		});
		return found;
	}

	/** Each SMS the local SMSC received since the last call, its parts joined. */
	private List<String> sms() {
		List<String> texts = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		SubmitSm submit;
		while ((submit = smsc.submits().poll()) != null) {
			byte[] message = submit.getShortMessage();
			boolean udh = (submit.getEsmClass() & 0x40) != 0;
			int offset = udh ? message[0] + 1 : 0;
			current.append(new String(message, offset, message.length - offset,
					submit.getDataCoding() == 0x08 ? StandardCharsets.UTF_16BE : StandardCharsets.ISO_8859_1));
			if (!udh || message[5] == message[4]) {
				texts.add(current.toString());
				current.setLength(0);
			}
		}
		return texts;
	}

	@Test
	void activationEnrolsTheGroupAndEachSeesTheirPathAndThePartnersProgress() {
		activeProgramme(Locale.SIMPLIFIED_CHINESE);

		JsonNode mine = http.json(http.get("/api/v1/me/training", as(clerk)));
		assertThat(mine).hasSize(1);
		assertThat(mine.get(0).at("/enrolment/role").asString()).isEqualTo("CLERK");
		assertThat(mine.get(0).at("/self/path/items")).extracting(i -> i.get("titleZh").asString()).containsExactly("订单录入规范", "录入演示", "协同启动会");
		assertThat(mine.get(0).at("/self/path/items/1/status").asString()).as("requires the first").isEqualTo("LOCKED");
		assertThat(mine.get(0).at("/self/mentor/name").asString()).isEqualTo("李强");
		assertThat(mine.get(0).get("partners")).singleElement().satisfies(p -> {
			assertThat(p.at("/member/name").asString()).isEqualTo("张伟");
			assertThat(p.get("role").asString()).isEqualTo("CADRE");
			assertThat(p.at("/path/items/0/titleZh").asString()).isEqualTo("流程优化方法");
		});
		JsonNode cadreView = http.json(http.get("/api/v1/me/training", as(cadre)));
		assertThat(cadreView.get(0).at("/partners/0/member/name").asString()).isEqualTo("王芳");
		worker.runOnce();
		assertThat(inbox(clerk, "订单流程协同训练营")).anySatisfy(n -> assertThat(n).contains("订单流程协同训练营", "文员"));
	}

	@Test
	void readingTimeIsCountedFromHeartbeatsCappedPerBeat() {
		activeProgramme(Locale.SIMPLIFIED_CHINESE);
		post(clerk, unit(reading.key(), "open"), null);
		clock.advance(Duration.ofMinutes(10)); // a closed laptop: one beat counts at most 45 s
		JsonNode state = post(clerk, unit(reading.key(), "heartbeat"), null);
		assertThat(state.get("secondsOpen").asInt()).isEqualTo(45);
		assertThat(state.get("completedAt").isNull()).isTrue();
		clock.advance(Duration.ofSeconds(10));
		state = post(clerk, unit(reading.key(), "heartbeat"), null);
		assertThat(state.get("secondsOpen").asInt()).isEqualTo(55);
		clock.advance(Duration.ofSeconds(10));
		state = post(clerk, unit(reading.key(), "heartbeat"), null);
		assertThat(state.get("secondsOpen").asInt()).isEqualTo(65);
		assertThat(state.get("completedAt").isNull()).as("60 s reached").isFalse();

		JsonNode course = http.json(http.get("/api/v1/me/training/" + programme + "/courses/" + entry.key(), as(clerk)));
		assertThat(course.get("percent").asInt()).as("20 of 30 minutes").isEqualTo(66);
		assertThat(course.at("/course/units/1/questions/0/correct")).as("the answers stay secret").isEmpty();

		clock.advance(Duration.ofDays(14)); // past the course's due date (two weeks after the start)
		JsonNode item = http.json(http.get("/api/v1/me/training/" + programme, as(clerk))).at("/self/path/items/0");
		assertThat(item.get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(item.get("overdue").asBoolean()).isTrue();
		assertThat(course.get("completedAt").isNull()).isTrue();
	}

	@Test
	void aQuizCompletesAtItsPassMarkAndKeepsPreAndPostScores() {
		activeProgramme(Locale.SIMPLIFIED_CHINESE);
		JsonNode failed = answer(0);
		assertThat(failed.at("/grade/passed").asBoolean()).isFalse();
		assertThat(failed.at("/unit/completedAt").isNull()).isTrue();
		JsonNode passed = answer(1);
		assertThat(passed.at("/grade/passed").asBoolean()).isTrue();
		assertThat(passed.at("/unit/quiz/attempts").asInt()).isEqualTo(2);
		assertThat(passed.at("/unit/quiz/pre").decimalValue()).isEqualByComparingTo("0");
		assertThat(passed.at("/unit/quiz/post").decimalValue()).isEqualByComparingTo("100");
		assertThat(passed.at("/course/percent").asInt()).as("the reading unit is not done").isEqualTo(33);
	}

	@Test
	void aVideoIsConfirmedOnlyAfterItsMinimumTimeAndALockedItemCannotStart() {
		activeProgramme(Locale.SIMPLIFIED_CHINESE);
		UUID videoUnit = video.units().isEmpty() ? staff.in(() -> courses.get(programme, 1, video.key())).units().get(0).key()
				: video.units().get(0).key();
		HttpResponse<String> locked = http.post(unit(videoUnit, "open"), as(clerk), null);
		assertThat(locked.statusCode()).isEqualTo(422);
		assertThat(locked.body()).contains("请先完成前置学习项目");

		clerkCompletesTheOrderEntryCourse();
		post(clerk, unit(videoUnit, "open"), null);
		clock.advance(Duration.ofSeconds(60));
		HttpResponse<String> early = http.post(unit(videoUnit, "confirm"), as(clerk), null);
		assertThat(early.statusCode()).isEqualTo(422);
		assertThat(early.body()).contains("60");
		clock.advance(Duration.ofSeconds(60));
		JsonNode confirmed = post(clerk, unit(videoUnit, "confirm"), null);
		assertThat(confirmed.get("completedAt").isNull()).isFalse();
		JsonNode mine = http.json(http.get("/api/v1/me/training/" + programme, as(clerk)));
		assertThat(mine.at("/self/path/percent").asInt()).as("the kick-off is still to attend").isEqualTo(66);
	}

	@Test
	void theClerksCompletedCourseReachesTheCadreOnceInAppAndBySms() {
		activeProgramme(Locale.SIMPLIFIED_CHINESE);
		worker.runOnce();
		sms();

		clerkCompletesTheOrderEntryCourse();
		worker.runOnce();

		String expected = "文员王芳已完成「订单录入规范」，请储干同步完成「流程优化方法」，准备协同任务";
		assertThat(inbox(cadre, "已完成")).singleElement().asString().contains(expected);
		assertThat(sms()).singleElement().asString().contains(expected);

		answer(1); // completing it again
		clock.advance(Duration.ofMinutes(5));
		post(clerk, unit(reading.key(), "heartbeat"), null);
		worker.runOnce();
		assertThat(inbox(cadre, "已完成")).hasSize(1);
		assertThat(sms()).isEmpty();
		assertThat(inbox(clerk, "已完成")).as("not told about their own progress").isEmpty();
	}

	@Test
	void theCadreIsToldInTheirOwnLanguage() {
		activeProgramme(Locale.ENGLISH);
		worker.runOnce();
		sms();

		clerkCompletesTheOrderEntryCourse();
		worker.runOnce();

		String expected = "Clerk 王芳 completed \"Order entry standards\". Reserve cadre, please complete \"Process optimisation\" too";
		assertThat(inbox(cadre, "completed")).singleElement().asString().contains(expected);
		assertThat(sms()).singleElement().asString().contains(expected);
	}

	@Test
	void aPublishedVersionIsReadOnceAndTheNextPublicationAnew() {
		activeProgramme(Locale.SIMPLIFIED_CHINESE);
		String path = "/api/v1/me/training/" + programme + "/courses/" + entry.key();
		assertThat(http.json(http.get(path, as(clerk))).at("/course/units/0/title").asString()).isEqualTo("五个关键字段");

		// no product path changes a published version (only drafts change): a change behind its back is not read again
		staff.in(() -> jdbc.sql("update course_unit set title = '改过的标题' where key = :k").param("k", reading.key()).update());
		String cached = http.json(http.get(path, as(clerk))).at("/course/units/0/title").asString();
		staff.in(() -> {
			programmes.newVersion(programme, "第二版");
			return programmes.publish(programme);
		});
		JsonNode second = http.json(http.get(path, as(clerk)));

		assertThat(cached).isEqualTo("五个关键字段");
		assertThat(second.at("/course/version").asInt()).isEqualTo(2);
		assertThat(second.at("/course/units/0/title").asString()).as("version 2, copied from the rows as they are").isEqualTo("改过的标题");
	}

	@Test
	void aNewVersionKeepsTheLearnersProgress() {
		activeProgramme(Locale.SIMPLIFIED_CHINESE);
		clerkCompletesTheOrderEntryCourse();
		staff.in(() -> {
			programmes.newVersion(programme, "补充一个单元");
			courses.addUnit(programme, 2, entry.key(), new Courses.UnitForm(UnitKind.TEXT, "补充阅读", "新的内容", null, 30, 10, null));
			return programmes.publish(programme);
		});

		JsonNode course = http.json(http.get("/api/v1/me/training/" + programme + "/courses/" + entry.key(), as(clerk)));
		assertThat(course.at("/course/version").asInt()).isEqualTo(2);
		assertThat(course.get("units")).hasSize(3);
		assertThat(course.at("/units/0/completedAt").isNull()).as("the reading unit, by key").isFalse();
		assertThat(course.at("/units/1/quiz/passed").asBoolean()).isTrue();
		assertThat(course.at("/units/2/completedAt").isNull()).isTrue();
		assertThat(course.get("percent").asInt()).as("the completion was earned and stays").isEqualTo(100);
	}

	@Test
	void mentorsSeeTheirMenteesGroupsAndNobodyElseSeesALearnersProgramme() {
		activeProgramme(Locale.SIMPLIFIED_CHINESE);
		clerkCompletesTheOrderEntryCourse();

		JsonNode mentees = http.json(http.get("/api/v1/me/mentees", as(mentor)));
		assertThat(mentees).singleElement().satisfies(g -> {
			assertThat(g.get("members")).extracting(m -> m.at("/member/name").asString() + " " + m.at("/path/percent").asInt())
				.containsExactly("张伟 0", "王芳 33");
		});
		JsonNode hrView = http.json(http.get("/api/v1/programmes/" + programme + "/progress", as(staff.hr())));
		assertThat(hrView).hasSize(1);

		TestStaff other = new TestStaff(provisioning, directory, organisation, registry, accounts);
		EmployeeView stranger = other.hire("C9", "外人", other.east, other.clerk);
		String outsider = other.login("out", Set.of(Role.EMPLOYEE), Set.of(other.east), stranger);
		assertThat(http.get("/api/v1/me/training/" + programme, as(outsider)).statusCode()).isEqualTo(404);
		assertThat(http.post(unit(reading.key(), "open"), as(outsider), null).statusCode()).isEqualTo(404);
		assertThat(http.json(http.get("/api/v1/me/training", as(outsider)))).isEmpty();
		assertThat(http.get("/api/v1/programmes/" + programme + "/progress", as(other.hr())).statusCode()).isEqualTo(404);
		assertThat(http.json(http.get("/api/v1/me/training", as(mentor)))).as("not a learner").isEmpty();
	}

	@Test
	void theLearnersPagesShowThePathThePartnersAndTheUnitsAndTakeAnswers() {
		activeProgramme(Locale.SIMPLIFIED_CHINESE);
		TestBrowser browser = new TestBrowser(port).signIn(clerk, TestTenants.PASSWORD);

		String list = browser.get("/my/training").body();
		assertThat(list).contains("订单流程协同训练营", "张伟 0%");
		HttpResponse<String> page = browser.get("/my/training/" + programme);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("我的学习路径", "订单录入规范", "录入演示", "待解锁", "协同小组 1", "张伟", "流程优化方法", "导师：李强");

		String course = browser.get("/my/training/" + programme + "/courses/" + entry.key()).body();
		assertThat(course).contains("五个关键字段", "测验", "在线自学");

		HttpResponse<String> reader = browser.get("/my/training/" + programme + "/units/" + reading.key());
		assertThat(reader.body()).contains("客户、物料、数量、交期、价格", "hx-post=\"/my/training/" + programme + "/units/" + reading.key() + "/heartbeat\"",
				"every 15s [!document.hidden]", "已阅读 0 秒，至少需要 60 秒");
		clock.advance(Duration.ofSeconds(30));
		HttpResponse<String> beat = browser.postForm("/my/training/" + programme + "/units/" + reading.key() + "/heartbeat", java.util.Map.of(),
				TestBrowser.csrf(reader));
		assertThat(beat.body()).contains("已阅读 30 秒").doesNotContain("<html");

		HttpResponse<String> quizPage = browser.get("/my/training/" + programme + "/units/" + quiz.key());
		assertThat(quizPage.body()).contains("交期?", "不早于标准提前期", "name=\"q_" + question.key() + "\"");
		HttpResponse<String> graded = browser.postForm("/my/training/" + programme + "/units/" + quiz.key() + "/quiz",
				java.util.Map.of("q_" + question.key(), "1"), TestBrowser.csrf(quizPage));
		assertThat(graded.body()).contains("通过：得分 100", "已作答 1 次");

		String mentorPage = new TestBrowser(port).signIn(mentor, TestTenants.PASSWORD).get("/my/mentees").body();
		assertThat(mentorPage).contains("协同小组 1", "王芳", "张伟", "订单录入规范");
		String hrPage = new TestBrowser(port).signIn(staff.hr(), TestTenants.PASSWORD).get("/programmes/" + programme + "/progress").body();
		assertThat(hrPage).contains("学习进度", "协同小组 1", "王芳", "张伟", "导师：李强");
	}

	@Test
	void aJointSessionCompletesFromTheMentorsAttendanceRecordAndThePartnerIsTold() {
		activeProgramme(Locale.SIMPLIFIED_CHINESE);
		String hr = as(staff.hr());
		UUID group = staff.in(() -> groups.list(programme)).get(0).id();
		HttpResponse<String> created = http.post("/api/v1/programmes/" + programme + "/occurrences", hr, """
				{"courseKey":"%s","regionId":"%s","startsAt":"2026-03-03T14:00:00+08:00","endsAt":"2026-03-03T16:00:00+08:00",
				 "venue":"上海总部 3F 培训室","groupIds":["%s"]}""".formatted(kickoff.key(), staff.east.id().value(), group));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String occurrence = http.json(created).get("id").asString();
		worker.runOnce();
		sms();
		clock.advance(Duration.ofHours(3)); // 15:00 in Shanghai: the session has started
		String clerkId = http.json(http.get("/api/v1/me/training", as(clerk))).at("/0/self/member/id").asString();

		HttpResponse<String> marked = http.send("PUT", "/api/v1/programmes/" + programme + "/occurrences/" + occurrence + "/attendance",
				as(mentor), "{\"marks\":[{\"employeeId\":\"%s\",\"status\":\"PRESENT\"}]}".formatted(clerkId));
		assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);

		JsonNode item = http.json(http.get("/api/v1/me/training/" + programme, as(clerk))).at("/self/path/items/2");
		assertThat(item.get("titleZh").asString()).isEqualTo("协同启动会");
		assertThat(item.get("status").asString()).isEqualTo("DONE");
		worker.runOnce();
		assertThat(inbox(cadre, "已完成「协同启动会」")).hasSize(1);
		assertThat(new TestBrowser(port).signIn(clerk, TestTenants.PASSWORD).get("/my/training/" + programme).body())
			.contains("我的课次", "协同启动会", "2026-03-03 14:00–16:00", "上海总部 3F 培训室", "出席");

		HttpResponse<String> absent = http.send("PUT", "/api/v1/programmes/" + programme + "/occurrences/" + occurrence + "/attendance",
				as(mentor), "{\"marks\":[{\"employeeId\":\"%s\",\"status\":\"ABSENT\"}]}".formatted(clerkId));
		assertThat(absent.statusCode()).as(absent.body()).isEqualTo(200);
		assertThat(http.json(http.get("/api/v1/me/training/" + programme, as(clerk))).at("/self/path/items/2/status").asString())
			.as("a corrected record withdraws the completion").isEqualTo("NOT_STARTED");

		assertThat(http.send("PUT", "/api/v1/programmes/" + programme + "/occurrences/" + occurrence + "/attendance", as(mentor),
				"{\"marks\":[{\"employeeId\":\"%s\",\"status\":\"LATE\"}]}".formatted(clerkId)).statusCode()).isEqualTo(200);
		assertThat(http.json(http.get("/api/v1/me/training/" + programme, as(clerk))).at("/self/path/items/2/status").asString())
			.isEqualTo("DONE");
		assertThat(http.delete("/api/v1/programmes/" + programme + "/occurrences/" + occurrence, hr).statusCode()).isEqualTo(200);
		assertThat(http.json(http.get("/api/v1/me/training/" + programme, as(clerk))).at("/self/path/items/2/status").asString())
			.as("a cancelled session counts no more").isEqualTo("NOT_STARTED");
		worker.runOnce();
		assertThat(inbox(cadre, "已完成「协同启动会」")).as("completing it again tells nobody again").hasSize(1);
	}
}
