package io.cotrain.training.content;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import io.cotrain.shared.RuleViolationException;
import io.cotrain.training.Courses.QuestionForm;
import io.cotrain.training.Courses.QuestionKind;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes the questions of a quiz unit (in the caller's transaction, after its draft check). */
@Component
class QuestionWriter {

	static final int MAX_PROMPT = 1000;
	static final int MAX_OPTION = 500;
	static final int MAX_OPTIONS = 20;
	static final int MAX_POINTS = 100;

	private final JdbcClient jdbc;
	private final JsonMapper json;

	QuestionWriter(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Siblings siblings(UUID unit) {
		return new Siblings(jdbc, "quiz_question", "unit_id = :unit", Map.of("unit", unit));
	}

	/** @return the new question's key */
	UUID add(UUID unit, QuestionForm form) {
		requireQuiz(unit);
		Valid valid = validate(form);
		UUID key = UUID.randomUUID();
		jdbc.sql("""
				insert into quiz_question (id, unit_id, key, prompt, kind, options, correct, points, position)
				values (:id, :unit, :key, :prompt, :kind, cast(:options as jsonb), cast(:correct as jsonb), :points, :position)""")
			.param("id", UUID.randomUUID()).param("unit", unit).param("key", key).params(valid.params(json))
			.param("position", siblings(unit).next()).update();
		return key;
	}

	void update(UUID unit, UUID question, QuestionForm form) {
		requireQuiz(unit);
		Valid valid = validate(form);
		jdbc.sql("""
				update quiz_question set prompt = :prompt, kind = :kind, options = cast(:options as jsonb),
				  correct = cast(:correct as jsonb), points = :points where id = :id""")
			.params(valid.params(json)).param("id", question).update();
	}

	void delete(UUID question) {
		jdbc.sql("delete from quiz_question where id = :id").param("id", question).update();
	}

	private void requireQuiz(UUID unit) {
		String kind = jdbc.sql("select kind from course_unit where id = :id").param("id", unit).query(String.class).single();
		if (!"QUIZ".equals(kind)) {
			throw RuleViolationException.of(null, "training.question.notQuiz");
		}
	}

	private record Valid(String prompt, QuestionKind kind, List<String> options, List<Integer> correct, int points) {

		Map<String, Object> params(JsonMapper json) {
			return Map.of("prompt", prompt, "kind", kind.name(), "options", json.writeValueAsString(options), "correct",
					json.writeValueAsString(correct), "points", points);
		}
	}

	/**
	 * A prompt, 2–20 non-blank options, and correct indexes (0-based) that name options: exactly one for SINGLE, at
	 * least one for MULTIPLE (a repeated index counts once).
	 */
	private static Valid validate(QuestionForm form) {
		ContentChecks v = new ContentChecks();
		String prompt = v.title("prompt", form.prompt(), MAX_PROMPT);
		QuestionKind kind = v.present("kind", form.kind());
		List<String> options = form.options() == null ? List.of()
				: form.options().stream().map(ContentChecks::trim).toList();
		boolean optionsValid = options.size() >= 2 && options.size() <= MAX_OPTIONS
				&& options.stream().allMatch(o -> o != null && o.length() <= MAX_OPTION);
		if (!optionsValid) {
			v.add("options", "training.question.options", MAX_OPTIONS, MAX_OPTION);
		}
		TreeSet<Integer> correct = new TreeSet<>();
		List<Integer> given = form.correct() == null ? List.of() : form.correct();
		if (given.isEmpty()) {
			v.add("correct", "training.question.correct.required");
		}
		else if (optionsValid && given.stream().anyMatch(i -> i == null || i < 0 || i >= options.size())) {
			v.add("correct", "training.question.correct.range", options.size(), options.size() - 1);
		}
		else if (optionsValid) {
			correct.addAll(given);
			if (kind == QuestionKind.SINGLE && correct.size() > 1) {
				v.add("correct", "training.question.correct.single");
			}
		}
		int points = form.points() == null ? 1 : v.range("points", form.points(), 1, MAX_POINTS, "training.question.points");
		v.throwIfAny();
		return new Valid(prompt, kind, options, List.copyOf(correct), points);
	}
}
