package io.cotrain.training.content;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.cotrain.shared.RuleViolationException.Violation;
import io.cotrain.training.Courses.Course;
import io.cotrain.training.Courses.Mode;
import io.cotrain.training.Courses.Unit;
import io.cotrain.training.Courses.UnitKind;
import io.cotrain.training.programme.VersionContent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Courses as content of a programme version: a new version gets copies of every course, competency link, unit and
 * question with the same keys and new ids; a version cannot be published while a quiz has no questions or a
 * self-paced (ONLINE) course has no units, since neither could ever be completed.
 */
@Component
class CourseContent implements VersionContent {

	private final JdbcClient jdbc;
	private final CourseReader reader;

	CourseContent(JdbcClient jdbc, CourseReader reader) {
		this.jdbc = jdbc;
		this.reader = reader;
	}

	@Override
	public void copy(UUID programme, int from, int to) {
		for (String sql : List.of("""
				insert into course (id, programme_id, version, key, code, title_zh, title_en, description, audience, mode,
				  credit_hours, position)
				select gen_random_uuid(), programme_id, :to, key, code, title_zh, title_en, description, audience, mode,
				  credit_hours, position
				from course where programme_id = :p and version = :from""", """
				insert into course_competency (course_id, competency_id)
				select n.id, cc.competency_id from course_competency cc
				join course o on o.id = cc.course_id
				join course n on n.programme_id = o.programme_id and n.version = :to and n.key = o.key
				where o.programme_id = :p and o.version = :from""", """
				insert into course_unit (id, course_id, key, kind, title, body, url, min_seconds, duration_minutes, pass_mark,
				  position)
				select gen_random_uuid(), n.id, u.key, u.kind, u.title, u.body, u.url, u.min_seconds, u.duration_minutes,
				  u.pass_mark, u.position
				from course_unit u
				join course o on o.id = u.course_id
				join course n on n.programme_id = o.programme_id and n.version = :to and n.key = o.key
				where o.programme_id = :p and o.version = :from""", """
				insert into quiz_question (id, unit_id, key, prompt, kind, options, correct, points, position)
				select gen_random_uuid(), nu.id, q.key, q.prompt, q.kind, q.options, q.correct, q.points, q.position
				from quiz_question q
				join course_unit u on u.id = q.unit_id
				join course o on o.id = u.course_id
				join course n on n.programme_id = o.programme_id and n.version = :to and n.key = o.key
				join course_unit nu on nu.course_id = n.id and nu.key = u.key
				where o.programme_id = :p and o.version = :from""")) {
			jdbc.sql(sql).param("p", programme).param("from", from).param("to", to).update();
		}
	}

	@Override
	public List<Violation> problems(UUID programme, int version) {
		List<Violation> problems = new ArrayList<>();
		for (Course course : reader.courses(programme, version, null)) {
			String field = "courses[" + course.key() + "]";
			if (course.mode() == Mode.ONLINE && course.units().isEmpty()) {
				problems.add(new Violation(field, "training.course.noUnits", course.titleZh()));
			}
			for (Unit unit : course.units()) {
				if (unit.kind() == UnitKind.QUIZ && unit.questions().isEmpty()) {
					problems.add(new Violation(field + ".units[" + unit.key() + "]", "training.quiz.noQuestions", course.titleZh(),
							unit.title()));
				}
			}
		}
		return problems;
	}
}
