package io.cotrain.training.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cotrain.shared.RuleViolationException;
import io.cotrain.training.Courses.Grade;
import io.cotrain.training.Courses.Question;
import io.cotrain.training.Courses.QuestionKind;
import io.cotrain.training.Courses.Unit;
import io.cotrain.training.Courses.UnitKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Quiz grading: exact choices earn a question's points, MULTIPLE all or nothing, the pass mark compared exactly. */
class QuizGraderTest {

	private final Question single = question(QuestionKind.SINGLE, List.of(1), 1);
	private final Question multiple = question(QuestionKind.MULTIPLE, List.of(0, 2), 2);

	@Test
	void everyQuestionRightPassesWithFullMarks() {
		Grade grade = QuizGrader.grade(quiz(60, single, multiple), Map.of(single.key(), List.of(1), multiple.key(), List.of(2, 0)));

		assertThat(grade.points()).isEqualTo(3);
		assertThat(grade.maxPoints()).isEqualTo(3);
		assertThat(grade.percent()).isEqualByComparingTo("100");
		assertThat(grade.passed()).isTrue();
		assertThat(grade.correct()).containsExactly(single.key(), multiple.key());
	}

	@Test
	void aPartialOrPaddedMultipleChoiceEarnsNothing() {
		Unit quiz = quiz(50, single, multiple);

		Grade partial = QuizGrader.grade(quiz, Map.of(single.key(), List.of(1), multiple.key(), List.of(0)));
		Grade padded = QuizGrader.grade(quiz, Map.of(single.key(), List.of(1), multiple.key(), List.of(0, 1, 2)));

		assertThat(partial.points()).isEqualTo(1);
		assertThat(partial.percent()).isEqualByComparingTo("33.33");
		assertThat(partial.passed()).isFalse();
		assertThat(partial.correct()).containsExactly(single.key());
		assertThat(padded.points()).isEqualTo(1);
	}

	@Test
	void aSingleChoiceQuestionIsWrongWithTwoOptionsChosenOrNone() {
		Unit quiz = quiz(100, single);

		assertThat(QuizGrader.grade(quiz, Map.of(single.key(), List.of(1, 0))).points()).isZero();
		assertThat(QuizGrader.grade(quiz, Map.of()).points()).isZero();
		assertThat(QuizGrader.grade(quiz, null).passed()).isFalse();
		assertThat(QuizGrader.grade(quiz, Map.of(single.key(), List.of(7))).points()).isZero();
	}

	@Test
	void thePassMarkIsComparedWithTheExactShareNotTheRoundedPercent() {
		Question a = question(QuestionKind.SINGLE, List.of(0), 1);
		Question b = question(QuestionKind.SINGLE, List.of(0), 1);
		Question c = question(QuestionKind.SINGLE, List.of(0), 1);
		Map<UUID, List<Integer>> twoOfThree = Map.of(a.key(), List.of(0), b.key(), List.of(0));

		Grade at67 = QuizGrader.grade(quiz(67, a, b, c), twoOfThree);
		Grade at66 = QuizGrader.grade(quiz(66, a, b, c), twoOfThree);

		assertThat(at67.percent()).isEqualByComparingTo(new BigDecimal("66.67"));
		assertThat(at67.passed()).as("66.666…% < 67%").isFalse();
		assertThat(at66.passed()).isTrue();
	}

	@Test
	void answersToUnknownQuestionsAndUnitsThatAreNoQuizAreRefused() {
		assertThatThrownBy(() -> QuizGrader.grade(quiz(50, single), Map.of(UUID.randomUUID(), List.of(0))))
			.isInstanceOfSatisfying(RuleViolationException.class,
					e -> assertThat(e.violations().get(0).code()).isEqualTo("training.grade.unknownQuestion"));
		Unit text = new Unit(UUID.randomUUID(), UUID.randomUUID(), UnitKind.TEXT, "t", "body", null, 0, 5, null, 0, List.of());
		assertThatThrownBy(() -> QuizGrader.grade(text, Map.of()))
			.isInstanceOfSatisfying(RuleViolationException.class,
					e -> assertThat(e.violations().get(0).code()).isEqualTo("training.grade.notQuiz"));
	}

	private static Question question(QuestionKind kind, List<Integer> correct, int points) {
		return new Question(UUID.randomUUID(), UUID.randomUUID(), "q", kind, List.of("a", "b", "c"), correct, points, 0);
	}

	private static Unit quiz(int passMark, Question... questions) {
		return new Unit(UUID.randomUUID(), UUID.randomUUID(), UnitKind.QUIZ, "quiz", null, null, 0, 10, passMark, 0,
				List.of(questions));
	}
}
