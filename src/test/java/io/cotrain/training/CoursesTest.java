package io.cotrain.training;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.cotrain.CoTrainTest;
import io.cotrain.competency.CompetencyModel;
import io.cotrain.competency.CompetencyModel.Category;
import io.cotrain.competency.CompetencyModel.CompetencyForm;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.shared.RuleViolationException.Violation;
import io.cotrain.tenancy.TenantInfo;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TestTenants;
import io.cotrain.training.Courses.Course;
import io.cotrain.training.Courses.CourseForm;
import io.cotrain.training.Courses.Grade;
import io.cotrain.training.Courses.Mode;
import io.cotrain.training.Courses.Question;
import io.cotrain.training.Courses.QuestionForm;
import io.cotrain.training.Courses.QuestionKind;
import io.cotrain.training.Courses.Unit;
import io.cotrain.training.Courses.UnitForm;
import io.cotrain.training.Courses.UnitKind;
import io.cotrain.training.programme.VersionContent;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Courses, units and quiz questions of a programme version: editing a draft, the checks, copies and grading. */
@CoTrainTest
class CoursesTest {

	@Autowired
	Courses courses;
	@Autowired
	CompetencyModel competencies;
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
	private UUID communication;

	@BeforeEach
	void draft() {
		TenantInfo tenant = TestTenants.provision(provisioning);
		programmes = new TestProgrammes(jdbc, tenant.id(), transactions);
		programme = programmes.create("ORDER-FLOW");
		communication = in(() -> competencies.create(new CompetencyForm("COMM", "跨部门沟通", "Communication",
				Category.COLLABORATION, null, null))).id();
	}

	@Test
	void hrBuildsACourseWithUnitsAndQuestionsInADraft() {
		Course course = in(() -> courses.create(programme, 1, orderEntry("ORDER-ENTRY")));
		Unit text = in(() -> courses.addUnit(programme, 1, course.key(), new UnitForm(UnitKind.TEXT, "规则", "先核对客户编号", null, 120, 10, null)));
		Unit video = in(() -> courses.addUnit(programme, 1, course.key(),
				new UnitForm(UnitKind.VIDEO, "系统操作", null, "https://video.example/entry", 300, 15, null)));
		Unit quiz = in(() -> courses.addUnit(programme, 1, course.key(), new UnitForm(UnitKind.QUIZ, "测验", null, null, null, 5, 80)));
		Question q = in(() -> courses.addQuestion(programme, 1, course.key(), quiz.key(),
				new QuestionForm("哪个字段必填？", QuestionKind.MULTIPLE, List.of("客户编号", "备注", "交期"), List.of(2, 0), 2)));

		Course read = in(() -> courses.get(programme, 1, course.key()));
		assertThat(read.code()).isEqualTo("ORDER-ENTRY");
		assertThat(read.audience()).isEqualTo(Audience.CLERK);
		assertThat(read.creditHours()).isEqualByComparingTo("2.5");
		assertThat(read.competencyIds()).containsExactly(communication);
		assertThat(read.units()).extracting(Unit::key).containsExactly(text.key(), video.key(), quiz.key());
		assertThat(read.units().get(0).minSeconds()).isEqualTo(120);
		assertThat(read.units().get(2).passMark()).isEqualTo(80);
		assertThat(read.units().get(2).questions()).singleElement().satisfies(question -> {
			assertThat(question.key()).isEqualTo(q.key());
			assertThat(question.options()).containsExactly("客户编号", "备注", "交期");
			assertThat(question.correct()).as("sorted").containsExactly(0, 2);
			assertThat(question.points()).isEqualTo(2);
		});

		in(() -> courses.update(programme, 1, course.key(), new CourseForm("ORDER-ENTRY-2", "订单录入", "Order entry", "说明",
				Audience.CLERK, Mode.ONLINE, new BigDecimal("3"), List.of())));
		in(() -> courses.updateUnit(programme, 1, course.key(), text.key(),
				new UnitForm(UnitKind.TEXT, "录入规则", "新的正文", null, 0, 20, null)));
		in(() -> courses.updateQuestion(programme, 1, course.key(), quiz.key(), q.key(),
				new QuestionForm("哪个字段必填？", QuestionKind.SINGLE, List.of("客户编号", "备注"), List.of(0), null)));
		in(() -> courses.reorderUnits(programme, 1, course.key(), List.of(quiz.key(), text.key(), video.key())));
		programmes.run(() -> courses.deleteUnit(programme, 1, course.key(), video.key()));

		Course changed = in(() -> courses.get(programme, 1, course.key()));
		assertThat(changed.code()).isEqualTo("ORDER-ENTRY-2");
		assertThat(changed.competencyIds()).isEmpty();
		assertThat(changed.units()).extracting(Unit::title, Unit::durationMinutes)
			.containsExactly(tuple("测验", 5), tuple("录入规则", 20));
		assertThat(changed.units().get(0).questions().get(0)).satisfies(question -> {
			assertThat(question.kind()).isEqualTo(QuestionKind.SINGLE);
			assertThat(question.points()).isEqualTo(1);
		});

		programmes.run(() -> courses.deleteQuestion(programme, 1, course.key(), quiz.key(), q.key()));
		assertThat(in(() -> courses.get(programme, 1, course.key())).units().get(0).questions()).isEmpty();
		programmes.run(() -> courses.delete(programme, 1, course.key()));
		assertThat(in(() -> courses.list(programme, 1))).isEmpty();
	}

	@Test
	void coursesAreListedInTheirOrderAndReorderedOnlyWithEveryKeyOnce() {
		Course a = in(() -> courses.create(programme, 1, orderEntry("A")));
		Course b = in(() -> courses.create(programme, 1, orderEntry("B")));
		Course c = in(() -> courses.create(programme, 1, orderEntry("C")));

		in(() -> courses.reorder(programme, 1, List.of(c.key(), a.key(), b.key())));

		assertThat(in(() -> courses.list(programme, 1))).extracting(Course::code).containsExactly("C", "A", "B");
		assertViolations(() -> in(() -> courses.reorder(programme, 1, List.of(c.key(), a.key()))), "order", "training.order");
		assertViolations(() -> in(() -> courses.reorder(programme, 1, List.of(c.key(), a.key(), a.key()))), "order",
				"training.order");
	}

	@Test
	void aPublishedVersionCannotChange() {
		Course course = in(() -> courses.create(programme, 1, orderEntry("ORDER-ENTRY")));
		Unit quiz = in(() -> courses.addUnit(programme, 1, course.key(), new UnitForm(UnitKind.QUIZ, "测验", null, null, null, 5, 80)));
		programmes.status(programme, 1, "PUBLISHED");

		for (ThrowingCallable change : List.<ThrowingCallable>of(
				() -> in(() -> courses.create(programme, 1, orderEntry("NEW"))),
				() -> in(() -> courses.update(programme, 1, course.key(), orderEntry("X"))),
				() -> in(() -> courses.addUnit(programme, 1, course.key(), new UnitForm(UnitKind.TEXT, "t", "b", null, 0, 5, null))),
				() -> in(() -> courses.addQuestion(programme, 1, course.key(), quiz.key(),
						new QuestionForm("q", QuestionKind.SINGLE, List.of("a", "b"), List.of(0), 1))),
				() -> in(() -> courses.reorder(programme, 1, List.of(course.key()))),
				() -> programmes.run(() -> courses.delete(programme, 1, course.key())))) {
			assertViolations(change, null, "training.programme.notDraft");
		}
		assertThat(in(() -> courses.get(programme, 1, course.key())).code()).isEqualTo("ORDER-ENTRY");
		assertThat(in(() -> courses.list(programme, 1))).hasSize(1);
	}

	@Test
	void invalidInputIsRefusedFieldByField() {
		assertViolations(() -> in(() -> courses.create(programme, 1, new CourseForm("bad code!", " ", null, null, null, Mode.ONLINE,
				BigDecimal.ZERO, List.of(UUID.randomUUID())))), "code", "validation.employee.code", "titleZh",
				"training.title.required", "audience", "validation.selection", "creditHours", "training.hours", "competencyIds",
				"validation.selection");
		assertViolations(() -> in(() -> courses.create(programme, 1, new CourseForm("X", "x", null, null, Audience.CADRE,
				Mode.LIVE, new BigDecimal("1.005"), null))), "creditHours", "training.hours");
		in(() -> courses.create(programme, 1, orderEntry("TAKEN")));
		assertViolations(() -> in(() -> courses.create(programme, 1, orderEntry("TAKEN"))), "code", "validation.duplicate");

		Course course = in(() -> courses.create(programme, 1, orderEntry("UNITS")));
		UUID key = course.key();
		assertViolations(() -> in(() -> courses.addUnit(programme, 1, key, new UnitForm(UnitKind.VIDEO, "", null,
				"ftp://files.example/v.mp4", -1, 0, null))), "title", "training.title.required", "url", "training.url.http",
				"minSeconds", "training.unit.minSeconds", "durationMinutes", "training.unit.duration");
		assertViolations(() -> in(() -> courses.addUnit(programme, 1, key, new UnitForm(UnitKind.DOCUMENT, "手册", null, null, 0, 5,
				null))), "url", "training.url.required");
		assertViolations(() -> in(() -> courses.addUnit(programme, 1, key, new UnitForm(UnitKind.TEXT, "正文", " ", null, 0, 5,
				null))), "body", "training.unit.body");
		assertViolations(() -> in(() -> courses.addUnit(programme, 1, key, new UnitForm(UnitKind.QUIZ, "测验", null, null, 0, 5,
				0))), "passMark", "training.unit.passMark");
		assertViolations(() -> in(() -> courses.addUnit(programme, 1, key, new UnitForm(UnitKind.QUIZ, "测验", null, null, 0, 5,
				101))), "passMark", "training.unit.passMark");
		assertViolations(() -> in(() -> courses.addUnit(programme, 1, key, new UnitForm(UnitKind.VIDEO, "v", null,
				"javascript:alert(1)", 0, 5, null))), "url", "training.url.http");

		Unit text = in(() -> courses.addUnit(programme, 1, key, new UnitForm(UnitKind.TEXT, "正文", "内容", null, null, 5, null)));
		assertViolations(() -> in(() -> courses.addQuestion(programme, 1, key, text.key(),
				new QuestionForm("q", QuestionKind.SINGLE, List.of("a", "b"), List.of(0), 1))), null, "training.question.notQuiz");
		Unit quiz = in(() -> courses.addUnit(programme, 1, key, new UnitForm(UnitKind.QUIZ, "测验", null, null, null, 5, 60)));
		assertViolations(() -> in(() -> courses.addQuestion(programme, 1, key, quiz.key(),
				new QuestionForm("q", QuestionKind.SINGLE, List.of("a", "b"), List.of(0, 2), 1))), "correct",
				"training.question.correct.range");
		assertViolations(() -> in(() -> courses.addQuestion(programme, 1, key, quiz.key(),
				new QuestionForm("q", QuestionKind.SINGLE, List.of("a", "b"), List.of(-1), 1))), "correct",
				"training.question.correct.range");
		assertViolations(() -> in(() -> courses.addQuestion(programme, 1, key, quiz.key(),
				new QuestionForm("q", QuestionKind.SINGLE, List.of("a", "b"), List.of(0, 1), 1))), "correct",
				"training.question.correct.single");
		assertViolations(() -> in(() -> courses.addQuestion(programme, 1, key, quiz.key(),
				new QuestionForm(" ", QuestionKind.MULTIPLE, List.of("a", " "), List.of(), 0))), "prompt", "training.title.required",
				"options", "training.question.options", "correct", "training.question.correct.required", "points",
				"training.question.points");
		in(() -> courses.addQuestion(programme, 1, key, quiz.key(), new QuestionForm("q", QuestionKind.SINGLE, List.of("a", "b"),
				List.of(1), null)));
		assertViolations(() -> in(() -> courses.updateUnit(programme, 1, key, quiz.key(),
				new UnitForm(UnitKind.TEXT, "正文", "内容", null, 0, 5, null))), "kind", "training.unit.hasQuestions");
	}

	@Test
	void unknownKeysAreNotFound() {
		Course course = in(() -> courses.create(programme, 1, orderEntry("C")));

		assertThatThrownBy(() -> in(() -> courses.list(UUID.randomUUID(), 1))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> in(() -> courses.list(programme, 2))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> in(() -> courses.get(programme, 1, UUID.randomUUID()))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> in(() -> courses.updateUnit(programme, 1, course.key(), UUID.randomUUID(),
				new UnitForm(UnitKind.TEXT, "t", "b", null, 0, 5, null)))).isInstanceOf(NotFoundException.class);
	}

	@Test
	void aNewVersionCopiesCoursesUnitsAndQuestionsWithTheirKeys() {
		Course course = in(() -> courses.create(programme, 1, orderEntry("ORDER-ENTRY")));
		Unit quiz = in(() -> courses.addUnit(programme, 1, course.key(), new UnitForm(UnitKind.QUIZ, "测验", null, null, 30, 5, 80)));
		Question q = in(() -> courses.addQuestion(programme, 1, course.key(), quiz.key(),
				new QuestionForm("q", QuestionKind.MULTIPLE, List.of("a", "b", "c"), List.of(0, 1), 3)));
		in(() -> courses.create(programme, 1, new CourseForm("JOINT", "协同沟通", null, null, Audience.JOINT, Mode.OFFLINE,
				BigDecimal.ONE, List.of())));

		int two = programmes.newVersion(programme, 1, contents);

		List<Course> before = in(() -> courses.list(programme, 1));
		List<Course> after = in(() -> courses.list(programme, two));
		assertThat(after).extracting(Course::key).containsExactlyElementsOf(before.stream().map(Course::key).toList());
		assertThat(after).extracting(Course::id).doesNotContainAnyElementsOf(before.stream().map(Course::id).toList());
		Course copy = after.get(0);
		assertThat(copy.version()).isEqualTo(two);
		assertThat(copy.competencyIds()).containsExactly(communication);
		assertThat(copy.units()).singleElement().satisfies(unit -> {
			assertThat(unit.key()).isEqualTo(quiz.key());
			assertThat(unit.id()).isNotEqualTo(quiz.id());
			assertThat(unit.minSeconds()).isEqualTo(30);
			assertThat(unit.questions()).extracting(Question::key, Question::options, Question::correct, Question::points)
				.containsExactly(tuple(q.key(), List.of("a", "b", "c"), List.of(0, 1), 3));
		});

		// the draft changes, the published version stays
		in(() -> courses.update(programme, two, course.key(), orderEntry("ORDER-ENTRY-V2")));
		assertThat(in(() -> courses.get(programme, 1, course.key())).code()).isEqualTo("ORDER-ENTRY");
		assertThat(in(() -> courses.get(programme, two, course.key())).code()).isEqualTo("ORDER-ENTRY-V2");
		assertViolations(() -> in(() -> courses.update(programme, 1, course.key(), orderEntry("NO"))), null,
				"training.programme.notDraft");
	}

	@Test
	void aQuizWithoutQuestionsAndAnOnlineCourseWithoutUnitsKeepTheVersionFromBeingPublished() {
		Course online = in(() -> courses.create(programme, 1, orderEntry("EMPTY")));
		Course withQuiz = in(() -> courses.create(programme, 1, orderEntry("QUIZ")));
		in(() -> courses.create(programme, 1, new CourseForm("LIVE", "直播", null, null, Audience.JOINT, Mode.LIVE, BigDecimal.ONE,
				null)));
		Unit quiz = in(() -> courses.addUnit(programme, 1, withQuiz.key(), new UnitForm(UnitKind.QUIZ, "小测", null, null, 0, 5, 60)));

		assertThat(in(() -> problems())).extracting(Violation::field, Violation::code).containsExactlyInAnyOrder(
				tuple("courses[" + online.key() + "]", "training.course.noUnits"),
				tuple("courses[" + withQuiz.key() + "].units[" + quiz.key() + "]", "training.quiz.noQuestions"));

		in(() -> courses.addUnit(programme, 1, online.key(), new UnitForm(UnitKind.TEXT, "正文", "内容", null, 0, 5, null)));
		in(() -> courses.addQuestion(programme, 1, withQuiz.key(), quiz.key(),
				new QuestionForm("q", QuestionKind.SINGLE, List.of("a", "b"), List.of(0), 1)));
		assertThat(in(() -> problems())).isEmpty();
	}

	@Test
	void quizAnswersAreGradedAgainstThePassMark() {
		Course course = in(() -> courses.create(programme, 1, orderEntry("Q")));
		Unit quiz = in(() -> courses.addUnit(programme, 1, course.key(), new UnitForm(UnitKind.QUIZ, "测验", null, null, 0, 5, 75)));
		Question single = in(() -> courses.addQuestion(programme, 1, course.key(), quiz.key(),
				new QuestionForm("s", QuestionKind.SINGLE, List.of("a", "b", "c"), List.of(2), 1)));
		Question multiple = in(() -> courses.addQuestion(programme, 1, course.key(), quiz.key(),
				new QuestionForm("m", QuestionKind.MULTIPLE, List.of("a", "b", "c", "d"), List.of(0, 3), 3)));
		programmes.status(programme, 1, "PUBLISHED");

		Grade full = in(() -> courses.grade(programme, 1, quiz.key(), Map.of(single.key(), List.of(2), multiple.key(), List.of(3, 0))));
		Grade partial = in(() -> courses.grade(programme, 1, quiz.key(), Map.of(single.key(), List.of(2), multiple.key(), List.of(0))));
		Grade onlyMultiple = in(() -> courses.grade(programme, 1, quiz.key(), Map.of(single.key(), List.of(1), multiple.key(),
				List.of(0, 3))));

		assertThat(full).extracting(Grade::points, Grade::maxPoints, Grade::passed).containsExactly(4, 4, true);
		assertThat(partial).extracting(Grade::points, Grade::passed).containsExactly(1, false);
		assertThat(partial.percent()).isEqualByComparingTo("25");
		assertThat(onlyMultiple).extracting(Grade::points, Grade::passMark, Grade::passed).containsExactly(3, 75, true);
		assertThat(onlyMultiple.correct()).containsExactly(multiple.key());
		assertThatThrownBy(() -> in(() -> courses.grade(programme, 1, UUID.randomUUID(), Map.of())))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void anotherTenantNeitherSeesNorChangesTheCourses() {
		Course course = in(() -> courses.create(programme, 1, orderEntry("MINE")));
		TestProgrammes other = new TestProgrammes(jdbc, TestTenants.provision(provisioning).id(), transactions);

		assertThatThrownBy(() -> other.in(() -> courses.list(programme, 1))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> other.in(() -> courses.get(programme, 1, course.key()))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> other.in(() -> courses.update(programme, 1, course.key(), orderEntry("THEIRS"))))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> other.in(() -> courses.create(programme, 1, orderEntry("THEIRS"))))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> other.in(() -> courses.grade(programme, 1, course.key(), Map.of())))
			.isInstanceOf(NotFoundException.class);
		assertThat(in(() -> courses.list(programme, 1))).extracting(Course::code).containsExactly("MINE");
	}

	/** The course content's own problems (the paths' checks have a test of their own). */
	private List<Violation> problems() {
		return contents.stream().flatMap(c -> c.problems(programme, 1).stream())
			.filter(v -> v.code().startsWith("training.course") || v.code().startsWith("training.quiz")).toList();
	}

	private CourseForm orderEntry(String code) {
		return new CourseForm(code, "订单录入规范", "Order entry rules", "文员课程", Audience.CLERK, Mode.ONLINE, new BigDecimal("2.5"),
				List.of(communication));
	}

	private <T> T in(Supplier<T> work) {
		return programmes.in(work);
	}

	/** The call is refused with exactly these (field, code) pairs. */
	static void assertViolations(ThrowingCallable call, Object... fieldsAndCodes) {
		assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class, e -> {
			List<List<String>> expected = new java.util.ArrayList<>();
			for (int i = 0; i < fieldsAndCodes.length; i += 2) {
				expected.add(java.util.Arrays.asList((String) fieldsAndCodes[i], (String) fieldsAndCodes[i + 1]));
			}
			assertThat(e.violations().stream().map(v -> java.util.Arrays.asList(v.field(), v.code())).toList())
				.containsExactlyInAnyOrderElementsOf(expected);
		});
	}
}
