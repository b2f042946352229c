package io.cotrain.training;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import io.cotrain.CoTrainTest;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.shared.RuleViolationException.Violation;
import io.cotrain.tenancy.TenantInfo;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantSettings;
import io.cotrain.tenancy.TestTenants;
import io.cotrain.training.TaskTemplates.EvidenceKind;
import io.cotrain.training.TaskTemplates.Step;
import io.cotrain.training.TaskTemplates.StepForm;
import io.cotrain.training.TaskTemplates.Task;
import io.cotrain.training.TaskTemplates.TaskForm;
import io.cotrain.training.programme.VersionContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static io.cotrain.training.CoursesTest.assertViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Collaborative task templates: steps by role with the tenant's default hours, dependencies without cycles, copies. */
@CoTrainTest
class TaskTemplatesTest {

	@Autowired
	TaskTemplates tasks;
	@Autowired
	TenantSettings settings;
	@Autowired
	List<VersionContent> contents;
	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	PlatformTransactionManager transactions;

	private TestProgrammes programmes;
	private UUID programme;

	@BeforeEach
	void draft() {
		TenantInfo tenant = TestTenants.provision(provisioning);
		programmes = new TestProgrammes(jdbc, tenant.id(), transactions);
		programme = programmes.create("ORDER-FLOW");
	}

	@Test
	void theSeedsTaskGetsTheTenantsDefaultHoursAndGracePeriod() {
		Task task = in(() -> tasks.create(programme, 1, form("ORDER-OPT", null)));
		Step entry = in(() -> tasks.addStep(programme, 1, task.key(), step(Audience.CLERK, "录入 10 条模拟订单", 0)));
		Step optimise = in(() -> tasks.addStep(programme, 1, task.key(), step(Audience.CADRE, "根据数据优化流程", 3)));
		Step report = in(() -> tasks.addStep(programme, 1, task.key(), step(Audience.JOINT, "提交流程优化报告", 5)));
		in(() -> tasks.require(programme, 1, task.key(), optimise.key(), entry.key()));
		in(() -> tasks.require(programme, 1, task.key(), report.key(), optimise.key()));
		in(() -> tasks.require(programme, 1, task.key(), report.key(), optimise.key())); // again: no change

		Task read = in(() -> tasks.get(programme, 1, task.key()));
		assertThat(read.graceHours()).isEqualTo(24);
		assertThat(read.steps()).extracting(Step::title, s -> s.creditHours().stripTrailingZeros().toPlainString(), Step::requires)
			.containsExactly(tuple("录入 10 条模拟订单", "2", List.of()), tuple("根据数据优化流程", "3", List.of(entry.key())),
					tuple("提交流程优化报告", "1", List.of(optimise.key())));
		assertThat(read.steps().get(0).evidence()).containsExactly(EvidenceKind.FILE, EvidenceKind.TEXT);

		programmes.run(() -> {
			settings.set(ContentSettings.GRACE_HOURS.key(), null, "48");
			settings.set(ContentSettings.CADRE_STEP_HOURS.key(), null, "4.5");
		});
		Task later = in(() -> tasks.create(programme, 1, form("LATER", null)));
		Step cadre = in(() -> tasks.addStep(programme, 1, later.key(), step(Audience.CADRE, "优化", 1)));
		Step explicit = in(() -> tasks.addStep(programme, 1, later.key(), new StepForm(Audience.CADRE, "指导文员", null,
				new BigDecimal("1.25"), Set.of(EvidenceKind.LINK), 2)));
		assertThat(later.graceHours()).isEqualTo(48);
		assertThat(cadre.creditHours()).isEqualByComparingTo("4.5");
		assertThat(explicit.creditHours()).isEqualByComparingTo("1.25");
		assertThat(in(() -> tasks.create(programme, 1, form("OWN", 0))).graceHours()).isZero();
	}

	@Test
	void stepsAreChangedReorderedAndDeletedWithTheirDependencies() {
		Task task = in(() -> tasks.create(programme, 1, form("T", null)));
		Step a = in(() -> tasks.addStep(programme, 1, task.key(), step(Audience.CLERK, "A", 0)));
		Step b = in(() -> tasks.addStep(programme, 1, task.key(), step(Audience.CADRE, "B", 1)));
		Step c = in(() -> tasks.addStep(programme, 1, task.key(), step(Audience.JOINT, "C", 2)));
		in(() -> tasks.require(programme, 1, task.key(), c.key(), a.key()));
		in(() -> tasks.require(programme, 1, task.key(), c.key(), b.key()));

		in(() -> tasks.updateStep(programme, 1, task.key(), b.key(), new StepForm(Audience.CADRE, "B2", "说明", new BigDecimal("2"),
				Set.of(EvidenceKind.FILE), 1)));
		in(() -> tasks.reorderSteps(programme, 1, task.key(), List.of(c.key(), b.key(), a.key())));
		in(() -> tasks.unrequire(programme, 1, task.key(), c.key(), a.key()));
		programmes.run(() -> tasks.deleteStep(programme, 1, task.key(), b.key()));

		assertThat(in(() -> tasks.get(programme, 1, task.key())).steps()).extracting(Step::title, Step::requires)
			.containsExactly(tuple("C", List.of()), tuple("A", List.of()));
		in(() -> tasks.update(programme, 1, task.key(), new TaskForm("T2", "任务", "Task", "说明", 12, List.of())));
		Task second = in(() -> tasks.create(programme, 1, form("U", null)));
		in(() -> tasks.reorder(programme, 1, List.of(second.key(), task.key())));
		assertThat(in(() -> tasks.list(programme, 1))).extracting(Task::code, Task::graceHours)
			.containsExactly(tuple("U", 24), tuple("T2", 12));
		programmes.run(() -> tasks.delete(programme, 1, task.key()));
		assertThat(in(() -> tasks.list(programme, 1))).extracting(Task::code).containsExactly("U");
	}

	@Test
	void aDependencyCycleIsRefusedNamingItsSteps() {
		Task task = in(() -> tasks.create(programme, 1, form("T", null)));
		Step a = in(() -> tasks.addStep(programme, 1, task.key(), step(Audience.CLERK, "A", 0)));
		Step b = in(() -> tasks.addStep(programme, 1, task.key(), step(Audience.CADRE, "B", 0)));
		Step c = in(() -> tasks.addStep(programme, 1, task.key(), step(Audience.CADRE, "C", 0)));
		Step d = in(() -> tasks.addStep(programme, 1, task.key(), step(Audience.JOINT, "D", 0)));
		in(() -> tasks.require(programme, 1, task.key(), a.key(), b.key()));

		assertThatThrownBy(() -> in(() -> tasks.require(programme, 1, task.key(), b.key(), a.key())))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations()).singleElement()
				.satisfies(v -> {
					assertThat(v.field()).isEqualTo("requires");
					assertThat(v.code()).isEqualTo("training.dependency.cycle");
					assertThat(v.args()).containsExactly("B → A → B");
				}));

		in(() -> tasks.require(programme, 1, task.key(), b.key(), c.key()));
		in(() -> tasks.require(programme, 1, task.key(), c.key(), d.key()));
		assertThatThrownBy(() -> in(() -> tasks.require(programme, 1, task.key(), d.key(), a.key())))
			.isInstanceOfSatisfying(RuleViolationException.class,
					e -> assertThat(e.violations().get(0).args()).containsExactly("D → A → B → C → D"));
		assertViolations(() -> in(() -> tasks.require(programme, 1, task.key(), a.key(), a.key())), "requires",
				"training.dependency.self");
		in(() -> tasks.require(programme, 1, task.key(), a.key(), d.key())); // a shortcut, no cycle

		assertThat(in(() -> tasks.get(programme, 1, task.key())).steps()).extracting(Step::title, Step::requires).containsExactly(
				tuple("A", List.of(b.key(), d.key())), tuple("B", List.of(c.key())), tuple("C", List.of(d.key())),
				tuple("D", List.of()));
	}

	@Test
	void aStepRequiresOnlyStepsOfItsOwnTask() {
		Task one = in(() -> tasks.create(programme, 1, form("ONE", null)));
		Task two = in(() -> tasks.create(programme, 1, form("TWO", null)));
		Step a = in(() -> tasks.addStep(programme, 1, one.key(), step(Audience.CLERK, "A", 0)));
		Step b = in(() -> tasks.addStep(programme, 1, two.key(), step(Audience.CLERK, "B", 0)));

		assertThatThrownBy(() -> in(() -> tasks.require(programme, 1, one.key(), a.key(), b.key())))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void invalidInputIsRefusedFieldByField() {
		assertViolations(() -> in(() -> tasks.create(programme, 1, new TaskForm("", "", null, null, 721, null))), "code",
				"validation.employee.code", "titleZh", "training.title.required", "graceHours", "training.task.graceHours");
		assertViolations(() -> in(() -> tasks.create(programme, 1, new TaskForm("T", "任务", null, null, -1,
				List.of(UUID.randomUUID())))), "graceHours", "training.task.graceHours", "competencyIds", "validation.selection");
		Task task = in(() -> tasks.create(programme, 1, form("T", null)));
		assertViolations(() -> in(() -> tasks.create(programme, 1, form("T", null))), "code", "validation.duplicate");
		assertViolations(() -> in(() -> tasks.addStep(programme, 1, task.key(), new StepForm(null, " ", null, null, Set.of(), -1))),
				"role", "validation.selection", "title", "training.title.required", "evidence", "training.step.evidence",
				"dueOffsetDays", "training.step.dueOffset");
		assertViolations(() -> in(() -> tasks.addStep(programme, 1, task.key(), new StepForm(Audience.CLERK, "s", null,
				new BigDecimal("-2"), Set.of(EvidenceKind.TEXT), 366))), "creditHours", "training.hours", "dueOffsetDays",
				"training.step.dueOffset");
		assertThat(in(() -> tasks.get(programme, 1, task.key())).steps()).isEmpty();
	}

	@Test
	void aPublishedVersionCannotChangeAndANewVersionCopiesStepsWithTheirDependencies() {
		Task task = in(() -> tasks.create(programme, 1, form("ORDER-OPT", null)));
		Step entry = in(() -> tasks.addStep(programme, 1, task.key(), step(Audience.CLERK, "录入", 0)));
		Step optimise = in(() -> tasks.addStep(programme, 1, task.key(), step(Audience.CADRE, "优化", 3)));
		Step report = in(() -> tasks.addStep(programme, 1, task.key(), step(Audience.JOINT, "报告", 5)));
		in(() -> tasks.require(programme, 1, task.key(), optimise.key(), entry.key()));
		in(() -> tasks.require(programme, 1, task.key(), report.key(), optimise.key()));
		in(() -> tasks.require(programme, 1, task.key(), report.key(), entry.key()));

		int two = programmes.newVersion(programme, 1, contents);

		assertViolations(() -> in(() -> tasks.addStep(programme, 1, task.key(), step(Audience.CLERK, "晚了", 0))), null,
				"training.programme.notDraft");
		assertViolations(() -> in(() -> tasks.unrequire(programme, 1, task.key(), report.key(), entry.key())), null,
				"training.programme.notDraft");
		Task before = in(() -> tasks.get(programme, 1, task.key()));
		Task copy = in(() -> tasks.get(programme, two, task.key()));
		assertThat(copy.id()).isNotEqualTo(before.id());
		assertThat(copy.steps()).extracting(Step::key, Step::title, Step::requires, Step::dueOffsetDays, Step::evidence)
			.containsExactlyElementsOf(before.steps().stream()
				.map(s -> tuple(s.key(), s.title(), s.requires(), s.dueOffsetDays(), s.evidence())).toList());
		assertThat(copy.steps()).extracting(Step::id).doesNotContainAnyElementsOf(before.steps().stream().map(Step::id).toList());
		// the copied dependencies point at the new version's steps: a cycle through them is still refused there
		assertThatThrownBy(() -> in(() -> tasks.require(programme, two, task.key(), entry.key(), report.key())))
			.isInstanceOfSatisfying(RuleViolationException.class,
					e -> assertThat(e.violations().get(0).code()).isEqualTo("training.dependency.cycle"));
		// and changing them in the draft leaves the published version as it was
		in(() -> tasks.unrequire(programme, two, task.key(), report.key(), entry.key()));
		assertThat(in(() -> tasks.get(programme, 1, task.key())).steps().get(2).requires()).hasSize(2);
		assertThat(in(() -> tasks.get(programme, two, task.key())).steps().get(2).requires()).containsExactly(optimise.key());
	}

	@Test
	void aTaskWithoutStepsOrAStepDueBeforeWhatItRequiresKeepsTheVersionFromBeingPublished() {
		Task empty = in(() -> tasks.create(programme, 1, form("EMPTY", null)));
		Task task = in(() -> tasks.create(programme, 1, form("T", null)));
		Step late = in(() -> tasks.addStep(programme, 1, task.key(), step(Audience.CLERK, "录入", 5)));
		Step early = in(() -> tasks.addStep(programme, 1, task.key(), step(Audience.CADRE, "优化", 3)));
		in(() -> tasks.require(programme, 1, task.key(), early.key(), late.key()));

		assertThat(in(this::problems)).extracting(Violation::field, Violation::code).containsExactlyInAnyOrder(
				tuple("tasks[" + empty.key() + "]", "training.task.noSteps"),
				tuple("tasks[" + task.key() + "].steps[" + early.key() + "]", "training.step.dueBeforeRequired"));
	}

	@Test
	void anotherTenantNeitherSeesNorChangesTheTasks() {
		Task task = in(() -> tasks.create(programme, 1, form("MINE", null)));
		Step step = in(() -> tasks.addStep(programme, 1, task.key(), step(Audience.CLERK, "A", 0)));
		TestProgrammes other = new TestProgrammes(jdbc, TestTenants.provision(provisioning).id(), transactions);

		assertThatThrownBy(() -> other.in(() -> tasks.list(programme, 1))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> other.in(() -> tasks.get(programme, 1, task.key()))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> other.in(() -> tasks.updateStep(programme, 1, task.key(), step.key(),
				step(Audience.CADRE, "THEIRS", 0)))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> other.run(() -> tasks.delete(programme, 1, task.key()))).isInstanceOf(NotFoundException.class);
		assertThat(in(() -> tasks.get(programme, 1, task.key())).steps()).extracting(Step::title).containsExactly("A");
	}

	private List<Violation> problems() {
		return contents.stream().flatMap(c -> c.problems(programme, 1).stream()).toList();
	}

	private static TaskForm form(String code, Integer graceHours) {
		return new TaskForm(code, "订单流程优化", "Order process optimisation", null, graceHours, null);
	}

	private static StepForm step(Audience role, String title, int dueOffsetDays) {
		return new StepForm(role, title, null, null, EnumSet.of(EvidenceKind.FILE, EvidenceKind.TEXT), dueOffsetDays);
	}

	private <T> T in(Supplier<T> work) {
		return programmes.in(work);
	}
}
