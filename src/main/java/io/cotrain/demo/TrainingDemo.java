package io.cotrain.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.cotrain.competency.Scenarios;
import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeeView;
import io.cotrain.training.Audience;
import io.cotrain.training.Courses;
import io.cotrain.training.Courses.Mode;
import io.cotrain.training.Courses.QuestionKind;
import io.cotrain.training.Courses.UnitKind;
import io.cotrain.training.LearningPaths;
import io.cotrain.training.LearningPaths.ItemKind;
import io.cotrain.training.LearningPaths.Role;
import io.cotrain.training.TaskTemplates;
import io.cotrain.training.TaskTemplates.EvidenceKind;
import io.cotrain.training.group.GroupPlan;
import io.cotrain.training.group.GroupSettings;
import io.cotrain.training.group.Groups;
import io.cotrain.tenancy.TenantSettings;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.training.Programmes;
import io.cotrain.training.Progress;
import io.cotrain.training.group.GroupClerk;
import io.cotrain.training.group.GroupView;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 5: the demo company's programme "订单流程协同训练营", built from the order-flow scenario's saved training need
 * (the need is saved first, as HR does on the need analysis page). It started two weeks ago and runs eight weeks in
 * both regions. Runs in the demo tenant's all-regions scope; creates only what is missing.
 */
@Component
class TrainingDemo {

	static final String PROGRAMME = "ORDER-FLOW-CAMP";

	private final Scenarios scenarios;
	private final Programmes programmes;
	private final TenantDirectory directory;
	private final Clock clock;
	private final Courses courses;
	private final TaskTemplates tasks;
	private final LearningPaths paths;
	private final Groups groups;
	private final EmployeeDirectory employees;
	private final TenantSettings settings;
	private final Progress progress;

	TrainingDemo(Scenarios scenarios, Programmes programmes, TenantDirectory directory, Clock clock, Courses courses,
			TaskTemplates tasks, LearningPaths paths, Groups groups, EmployeeDirectory employees, TenantSettings settings,
			Progress progress) {
		this.progress = progress;
		this.scenarios = scenarios;
		this.programmes = programmes;
		this.directory = directory;
		this.clock = clock;
		this.courses = courses;
		this.tasks = tasks;
		this.paths = paths;
		this.groups = groups;
		this.employees = employees;
		this.settings = settings;
	}

	void seedProgramme() {
		if (programmes.list().stream().anyMatch(p -> p.code().equals(PROGRAMME))) {
			return;
		}
		Scenarios.Scenario scenario = scenarios.list().stream().filter(s -> s.code().equals(CompetencyDemo.SCENARIO)).findFirst()
			.orElseThrow();
		Scenarios.SavedNeed need = scenarios.needs(scenario.id()).stream().findFirst()
			.orElseGet(() -> scenarios.saveNeed(scenario.id(), null, Locale.SIMPLIFIED_CHINESE));
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
		LocalDate start = today.minusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		Set<RegionId> regions = new LinkedHashSet<>();
		directory.regions().stream().map(RegionInfo::id).forEach(regions::add);
		programmes.create(new Programmes.ProgrammeForm(PROGRAMME, "订单流程协同训练营", need.id(), null, null, start, start.plusWeeks(8),
				regions, "由订单流程场景的培训需求生成"));
	}

	/**
	 * The programme's content, paths and groups, then its activation: three online courses (the clerk's order entry,
	 * the cadre's process optimisation, joint communication), two joint sessions (an offline kick-off, a live review),
	 * the collaborative task 订单流程优化 with a step per role and a joint report, both learning paths with checkpoints, and
	 * 20 groups of one cadre and two clerks with their mentors — 张伟 (cadre.zhang) with 王芳 (clerk.wang), mentored by
	 * 赵磊 (manager.zhao) and 李强 (mentor.li). The demo company's mentors take up to ten mentees. One transaction: all or
	 * nothing.
	 */
	@Transactional
	public void seedContent() {
		Programmes.Programme programme = programmes.list().stream().filter(p -> p.code().equals(PROGRAMME)).findFirst().orElseThrow();
		if (programme.draft() == null || programme.published() != null) {
			return;
		}
		UUID id = programme.id();
		int v = programme.draft().version();
		LocalDate start = programme.draft().startsOn();
		settings.set(GroupSettings.MENTOR_CAPACITY.key(), null, "10");

		Courses.Course entry = courses.create(id, v, new Courses.CourseForm("ORD-ENTRY", "订单录入规范", "Order entry standards",
				"订单五要素、录入校验与常见错误,为协同任务准备录入数据。", Audience.CLERK, Mode.ONLINE, new BigDecimal("4"), List.of()));
		text(id, v, entry, "订单的五个关键字段", """
				客户编码、物料号、数量、交期、价格条款是订单的五个关键字段。录入前先核对客户主数据,物料号必须来自物料主数据,\
				数量与单位一致,交期不早于物料的标准提前期,价格条款与合同一致。任何一项存疑,先与销售确认再录入。""", 20);
		text(id, v, entry, "常见录入错误与自查", """
				最常见的错误:单位混用(箱/件)、交期写成下单日期、重复录入同一客户订单、价格条款漏填。录入后用"订单自查清单"\
				逐项核对,并在系统中运行重复订单检查。错误率是储干做流程优化时最重要的数据之一。""", 20);
		quiz(id, v, entry, "订单录入测验", List.of(
				new Courses.QuestionForm("以下哪一项不是订单的关键字段?", QuestionKind.SINGLE, List.of("客户编码", "交期", "录入人的工号", "价格条款"),
						List.of(2), 1),
				new Courses.QuestionForm("交期应当如何确认?", QuestionKind.SINGLE, List.of("按下单日期填写", "不早于物料的标准提前期", "由文员自行估计"),
						List.of(1), 1),
				new Courses.QuestionForm("哪些属于常见录入错误?(多选)", QuestionKind.MULTIPLE, List.of("单位混用", "重复录入", "按清单自查", "漏填价格条款"),
						List.of(0, 1, 3), 2)));

		Courses.Course optimise = courses.create(id, v, new Courses.CourseForm("PROC-OPT", "流程优化方法", "Process optimisation methods",
				"用价值流图和录入数据找出订单流程的瓶颈,提出可落地的优化方案。", Audience.CADRE, Mode.ONLINE, new BigDecimal("6"), List.of()));
		text(id, v, optimise, "价值流图入门", """
				价值流图把订单从接收到发货的每一步画出来,标出每步的处理时间和等待时间。等待时间远大于处理时间的环节,\
				往往就是瓶颈。先画现状图,再画改善后的未来状态图。""", 30);
		text(id, v, optimise, "用录入数据找瓶颈", """
				文员录入的订单数据记录了每一步的时间戳和返工次数。按环节统计平均耗时、返工率和错误类型,\
				用帕累托图找出造成八成问题的两三个原因,优化方案从这里开始。""", 30);
		quiz(id, v, optimise, "流程优化测验", List.of(
				new Courses.QuestionForm("价值流图中,哪类环节最可能是瓶颈?", QuestionKind.SINGLE,
						List.of("处理时间长的环节", "等待时间远大于处理时间的环节", "人最多的环节"), List.of(1), 1),
				new Courses.QuestionForm("帕累托分析帮助我们做什么?", QuestionKind.SINGLE,
						List.of("找出造成大部分问题的少数原因", "计算每位员工的绩效", "排定培训课表"), List.of(0), 1)));

		Courses.Course kickoff = courses.create(id, v, new Courses.CourseForm("JOINT-KICKOFF", "协同启动会", "Joint kick-off workshop",
				"文员与储干面对面对齐联合目标、分工与协同任务的节奏。", Audience.JOINT, Mode.OFFLINE, new BigDecimal("2"), List.of()));
		Courses.Course communicate = courses.create(id, v, new Courses.CourseForm("JOINT-COMM", "协同沟通", "Collaborative communication",
				"文员与储干如何交接数据、反馈问题、共同复盘。", Audience.JOINT, Mode.ONLINE, new BigDecimal("2"), List.of()));
		text(id, v, communicate, "协同沟通话术", """
				交接数据时说清"是什么、到哪一步、还差什么";反馈问题时先讲事实和数据,再讲影响,最后提建议;\
				复盘时双方各讲一条做得好的和一条要改进的。""", 15);
		quiz(id, v, communicate, "协同沟通测验", List.of(
				new Courses.QuestionForm("反馈问题时,先讲什么?", QuestionKind.SINGLE, List.of("个人感受", "事实和数据", "解决方案"), List.of(1), 1)));
		Courses.Course review = courses.create(id, v, new Courses.CourseForm("JOINT-REVIEW", "协同复盘直播课", "Joint review live session",
				"各小组在线展示流程优化成果,导师点评。", Audience.JOINT, Mode.LIVE, new BigDecimal("1.5"), List.of()));

		TaskTemplates.Task task = tasks.create(id, v, new TaskTemplates.TaskForm("ORDER-FLOW-OPT", "订单流程优化协同任务",
				"Order-flow optimisation task", "文员录入模拟订单,储干据此优化流程,双方共同提交优化报告。", null, List.of()));
		TaskTemplates.Step enter = tasks.addStep(id, v, task.key(), new TaskTemplates.StepForm(Audience.CLERK, "录入10笔模拟订单",
				"按录入规范录入10笔模拟订单,导出录入记录。", null, Set.of(EvidenceKind.FILE), 7));
		TaskTemplates.Step improve = tasks.addStep(id, v, task.key(), new TaskTemplates.StepForm(Audience.CADRE, "基于录入数据优化流程",
				"分析文员的录入数据,画出现状与未来价值流图。", null, Set.of(EvidenceKind.FILE, EvidenceKind.TEXT), 12));
		TaskTemplates.Step report = tasks.addStep(id, v, task.key(), new TaskTemplates.StepForm(Audience.JOINT, "提交流程优化报告",
				"双方共同完成并提交流程优化报告。", null, Set.of(EvidenceKind.FILE), 16));
		tasks.require(id, v, task.key(), improve.key(), enter.key());
		tasks.require(id, v, task.key(), report.key(), improve.key());

		LocalDate end = programme.draft().endsOn();
		path(id, v, Role.CLERK, entry, enter, start.plusWeeks(2), kickoff, communicate, review, report, start, end);
		path(id, v, Role.CADRE, optimise, improve, start.plusWeeks(2), kickoff, communicate, review, report, start, end);

		groups.save(id, pairs(groups.propose(id).plans()));
		programmes.publish(id);
	}

	/** Both paths alike: the role's course, the kick-off, communication, the role's task step, the review, the report. */
	private void path(UUID id, int v, Role role, Courses.Course own, TaskTemplates.Step step, LocalDate ownDue, Courses.Course kickoff,
			Courses.Course communicate, Courses.Course review, TaskTemplates.Step report, LocalDate start, LocalDate end) {
		LearningPaths.Item first = paths.addItem(id, v, role, new LearningPaths.ItemForm(ItemKind.COURSE, own.key(), null, ownDue, null));
		paths.addItem(id, v, role, new LearningPaths.ItemForm(ItemKind.COURSE, kickoff.key(), null, null, null));
		paths.addItem(id, v, role, new LearningPaths.ItemForm(ItemKind.COURSE, communicate.key(), null, start.plusWeeks(3), null));
		LearningPaths.Item work = paths.addItem(id, v, role,
				new LearningPaths.ItemForm(ItemKind.TASK_STEP, step.key(), null, start.plusDays(step.dueOffsetDays()), null));
		paths.addPrerequisite(id, v, role, work.key(), first.key());
		paths.addItem(id, v, role, new LearningPaths.ItemForm(ItemKind.COURSE, review.key(), null, null, null));
		LearningPaths.Item joint = paths.addItem(id, v, role,
				new LearningPaths.ItemForm(ItemKind.TASK_STEP, report.key(), null, start.plusDays(report.dueOffsetDays()), null));
		paths.addPrerequisite(id, v, role, joint.key(), work.key());
		paths.addCheckpoint(id, v, role, new LearningPaths.CheckpointForm(start.plusWeeks(4), 50, "中期检查"));
		paths.addCheckpoint(id, v, role, new LearningPaths.CheckpointForm(end, 100, "结业"));
	}

	/** The proposal, with 王芳 swapped into 张伟's group if the optimum put her elsewhere (same region, same mentors). */
	private List<GroupPlan> pairs(List<GroupPlan> proposal) {
		EmployeeId wang = employee("00101");
		EmployeeId zhang = employee("00201");
		List<GroupPlan> plans = new ArrayList<>(proposal);
		int zhangAt = indexOf(plans, p -> p.cadre().equals(zhang));
		int wangAt = indexOf(plans, p -> p.clerks().stream().anyMatch(c -> c.clerk().equals(wang)));
		if (zhangAt < 0 || wangAt < 0 || zhangAt == wangAt) {
			return plans;
		}
		GroupPlan withZhang = plans.get(zhangAt);
		GroupPlan withWang = plans.get(wangAt);
		GroupPlan.ClerkPlan wangPlan = withWang.clerks().stream().filter(c -> c.clerk().equals(wang)).findFirst().orElseThrow();
		GroupPlan.ClerkPlan swapped = withZhang.clerks().get(withZhang.clerks().size() - 1);
		plans.set(zhangAt, new GroupPlan(zhang, withZhang.cadreMentor(), replace(withZhang.clerks(), swapped, wangPlan)));
		plans.set(wangAt, new GroupPlan(withWang.cadre(), withWang.cadreMentor(), replace(withWang.clerks(), wangPlan, swapped)));
		return plans;
	}

	private static List<GroupPlan.ClerkPlan> replace(List<GroupPlan.ClerkPlan> clerks, GroupPlan.ClerkPlan out, GroupPlan.ClerkPlan in) {
		return clerks.stream().map(c -> c.equals(out) ? in : c).toList();
	}

	private static int indexOf(List<GroupPlan> plans, java.util.function.Predicate<GroupPlan> test) {
		for (int i = 0; i < plans.size(); i++) {
			if (test.test(plans.get(i))) {
				return i;
			}
		}
		return -1;
	}

	private EmployeeId employee(String number) {
		return employees.byNumber(number).map(EmployeeView::id).orElseThrow();
	}

	private void text(UUID id, int v, Courses.Course course, String title, String body, int minutes) {
		courses.addUnit(id, v, course.key(), new Courses.UnitForm(UnitKind.TEXT, title, body, null, 60, minutes, null));
	}

	private void quiz(UUID id, int v, Courses.Course course, String title, List<Courses.QuestionForm> questions) {
		Courses.Unit unit = courses.addUnit(id, v, course.key(), new Courses.UnitForm(UnitKind.QUIZ, title, null, null, 0, 10, 80));
		questions.forEach(q -> courses.addQuestion(id, v, course.key(), unit.key(), q));
	}

	/**
	 * Some progress, as learning records carried over: 王芳 (clerk.wang) has read both texts of 订单录入规范 and has only its
	 * quiz left — passing it tells 张伟 (cadre.zhang) in-app and by SMS; in the other groups, by group number, the clerks
	 * finished their course (a milestone their cadre hears about), read half of it, or have not started, and some cadres
	 * read the first text of theirs.
	 */
	@Transactional
	public void seedProgress() {
		Programmes.Programme programme = programmes.list().stream().filter(p -> p.code().equals(PROGRAMME)).findFirst().orElseThrow();
		if (programme.published() == null) {
			return;
		}
		UUID id = programme.id();
		int v = programme.published().version();
		Courses.Course entry = courses.list(id, v).stream().filter(c -> c.code().equals("ORD-ENTRY")).findFirst().orElseThrow();
		Courses.Course optimise = courses.list(id, v).stream().filter(c -> c.code().equals("PROC-OPT")).findFirst().orElseThrow();
		for (GroupView group : groups.list(id)) {
			boolean wangs = group.clerks().stream().anyMatch(c -> "00101".equals(c.clerk().employeeNo()));
			int pattern = wangs ? 1 : group.number() % 4;
			for (GroupClerk clerk : group.clerks()) {
				List<Courses.Unit> units = pattern == 1 ? texts(entry) : pattern == 0 ? entry.units() : List.of();
				units.forEach(u -> progress.recordCompleted(id, clerk.clerk().id(), u.key()));
			}
			if (pattern == 0 || pattern == 2) {
				progress.recordCompleted(id, group.cadre().id(), optimise.units().get(0).key());
			}
		}
	}

	private static List<Courses.Unit> texts(Courses.Course course) {
		return course.units().stream().filter(u -> u.kind() == UnitKind.TEXT).toList();
	}
}
