package io.cotrain.training.content;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.cotrain.shared.RuleViolationException;
import io.cotrain.training.Courses.Grade;
import io.cotrain.training.Courses.Question;
import io.cotrain.training.Courses.Unit;
import io.cotrain.training.Courses.UnitKind;

/**
 * Automatic quiz grading. A question earns its points only when the chosen options are exactly its correct ones: for
 * SINGLE one option, for MULTIPLE all correct options and no other (all or nothing — a partial choice earns nothing,
 * so guessing every option never pays). The score is the share of the quiz's points earned; the quiz is passed when
 * that share reaches the unit's pass mark.
 */
final class QuizGrader {

	private QuizGrader() {
	}

	static Grade grade(Unit unit, Map<UUID, List<Integer>> answers) {
		if (unit.kind() != UnitKind.QUIZ) {
			throw RuleViolationException.of(null, "training.grade.notQuiz");
		}
		Map<UUID, List<Integer>> given = answers == null ? Map.of() : answers;
		Set<UUID> known = new HashSet<>(unit.questions().stream().map(Question::key).toList());
		if (given.keySet().stream().anyMatch(k -> !known.contains(k))) {
			throw RuleViolationException.of("answers", "training.grade.unknownQuestion");
		}
		int points = 0;
		int max = 0;
		List<UUID> right = new ArrayList<>();
		for (Question question : unit.questions()) {
			max += question.points();
			if (chosen(given.get(question.key())).equals(Set.copyOf(question.correct()))) {
				points += question.points();
				right.add(question.key());
			}
		}
		BigDecimal percent = max == 0 ? BigDecimal.ZERO.setScale(2)
				: BigDecimal.valueOf(points * 100L).divide(BigDecimal.valueOf(max), 2, RoundingMode.HALF_UP);
		boolean passed = max > 0 && points * 100L >= (long) unit.passMark() * max;
		return new Grade(points, max, percent, unit.passMark(), passed, List.copyOf(right));
	}

	private static Set<Integer> chosen(List<Integer> answer) {
		return answer == null ? Set.of() : Set.copyOf(answer.stream().filter(Objects::nonNull).toList());
	}
}
