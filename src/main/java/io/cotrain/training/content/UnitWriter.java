package io.cotrain.training.content;

import java.util.Map;
import java.util.UUID;

import io.cotrain.training.Courses.UnitForm;
import io.cotrain.training.Courses.UnitKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes the units of a course (in the caller's transaction, after its draft check). */
@Component
class UnitWriter {

	static final int MAX_BODY = 50_000;
	static final int MAX_URL = 2000;
	/** A day: longer minimum times are typing errors. */
	static final int MAX_MIN_SECONDS = 86_400;
	static final int MAX_DURATION_MINUTES = 1440;

	private final JdbcClient jdbc;

	UnitWriter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Siblings siblings(UUID course) {
		return new Siblings(jdbc, "course_unit", "course_id = :course", Map.of("course", course));
	}

	/** @return the new unit's key */
	UUID add(UUID course, UnitForm form) {
		Valid valid = validate(form);
		UUID key = UUID.randomUUID();
		jdbc.sql("""
				insert into course_unit (id, course_id, key, kind, title, body, url, min_seconds, duration_minutes, pass_mark, position)
				values (:id, :course, :key, :kind, :title, :body, :url, :min, :duration, :pass, :position)""")
			.param("id", UUID.randomUUID()).param("course", course).param("key", key).params(valid.params())
			.param("position", siblings(course).next()).update();
		return key;
	}

	void update(UUID unit, UnitForm form) {
		Valid valid = validate(form);
		boolean hasQuestions = jdbc.sql("select count(*) from quiz_question where unit_id = :u").param("u", unit)
			.query(Integer.class).single() > 0;
		if (hasQuestions && form.kind() != UnitKind.QUIZ) {
			throw io.cotrain.shared.RuleViolationException.of("kind", "training.unit.hasQuestions");
		}
		jdbc.sql("""
				update course_unit set kind = :kind, title = :title, body = :body, url = :url, min_seconds = :min,
				  duration_minutes = :duration, pass_mark = :pass where id = :id""")
			.params(valid.params()).param("id", unit).update();
	}

	void delete(UUID unit) {
		jdbc.sql("delete from course_unit where id = :id").param("id", unit).update();
	}

	private record Valid(UnitKind kind, String title, String body, String url, int minSeconds, int durationMinutes,
			Integer passMark) {

		Map<String, Object> params() {
			Map<String, Object> params = new java.util.HashMap<>();
			params.put("kind", kind.name());
			params.put("title", title);
			params.put("body", body);
			params.put("url", url);
			params.put("min", minSeconds);
			params.put("duration", durationMinutes);
			params.put("pass", passMark);
			return params;
		}
	}

	/**
	 * A TEXT unit has a body, a VIDEO or DOCUMENT unit an http(s) link (a DOCUMENT will later also take a material of
	 * the library instead), a QUIZ a pass mark of 1–100 %; every unit a title, a minimum time ≥ 0 and a duration
	 * (its weight in the course) of at least a minute.
	 */
	private static Valid validate(UnitForm form) {
		ContentChecks v = new ContentChecks();
		UnitKind kind = v.present("kind", form.kind());
		String title = v.title("title", form.title());
		String body = kind == UnitKind.TEXT ? required(v, form.body()) : v.optional("body", form.body(), MAX_BODY);
		boolean link = kind == UnitKind.VIDEO || kind == UnitKind.DOCUMENT;
		String url = v.url("url", form.url(), link, MAX_URL);
		int minSeconds = form.minSeconds() == null ? 0
				: v.range("minSeconds", form.minSeconds(), 0, MAX_MIN_SECONDS, "training.unit.minSeconds");
		Integer duration = v.range("durationMinutes", form.durationMinutes(), 1, MAX_DURATION_MINUTES, "training.unit.duration");
		Integer passMark = kind == UnitKind.QUIZ ? v.range("passMark", form.passMark(), 1, 100, "training.unit.passMark") : null;
		v.throwIfAny();
		return new Valid(kind, title, body, url, minSeconds, duration, passMark);
	}

	private static String required(ContentChecks v, String body) {
		String text = ContentChecks.trim(body);
		if (text == null || text.length() > MAX_BODY) {
			v.add("body", "training.unit.body", MAX_BODY);
		}
		return text;
	}
}
