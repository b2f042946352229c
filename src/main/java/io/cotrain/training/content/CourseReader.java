package io.cotrain.training.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cotrain.training.Audience;
import io.cotrain.training.Courses.Course;
import io.cotrain.training.Courses.Mode;
import io.cotrain.training.Courses.Question;
import io.cotrain.training.Courses.QuestionKind;
import io.cotrain.training.Courses.Unit;
import io.cotrain.training.Courses.UnitKind;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the courses of a version with their competencies, units and questions: four queries, put together here. */
@Component
class CourseReader {

	private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
	};
	private static final TypeReference<List<Integer>> INDEXES = new TypeReference<>() {
	};
	/** The version's rows, or only those of course {@code :k} when it is not null. */
	private static final String COURSES = "c.programme_id = :p and c.version = :v and (cast(:k as uuid) is null or c.key = :k)";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	CourseReader(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** @param only a course key, or null for every course of the version */
	List<Course> courses(UUID programme, int version, UUID only) {
		Map<String, Object> params = new HashMap<>();
		params.put("p", programme);
		params.put("v", version);
		params.put("k", only);
		Map<UUID, List<UUID>> competencies = new HashMap<>();
		jdbc.sql("select cc.course_id, cc.competency_id from course_competency cc join course c on c.id = cc.course_id where "
				+ COURSES + " order by cc.competency_id").params(params)
			.query((ResultSet rs) -> {
				competencies.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
			});
		Map<UUID, List<Question>> questions = new HashMap<>();
		jdbc.sql("select q.* from quiz_question q join course_unit u on u.id = q.unit_id join course c on c.id = u.course_id where "
				+ COURSES + " order by q.position").params(params)
			.query((ResultSet rs) -> {
				questions.computeIfAbsent(rs.getObject("unit_id", UUID.class), k -> new ArrayList<>()).add(question(rs));
			});
		Map<UUID, List<Unit>> units = new HashMap<>();
		jdbc.sql("select u.* from course_unit u join course c on c.id = u.course_id where " + COURSES + " order by u.position")
			.params(params)
			.query((ResultSet rs) -> {
				UUID id = rs.getObject("id", UUID.class);
				units.computeIfAbsent(rs.getObject("course_id", UUID.class), k -> new ArrayList<>())
					.add(unit(rs, questions.getOrDefault(id, List.of())));
			});
		return jdbc.sql("select c.* from course c where " + COURSES + " order by c.position, c.code").params(params)
			.query((rs, row) -> course(rs, competencies, units)).list();
	}

	private static Course course(ResultSet rs, Map<UUID, List<UUID>> competencies, Map<UUID, List<Unit>> units)
			throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new Course(id, rs.getObject("key", UUID.class), rs.getObject("programme_id", UUID.class), rs.getInt("version"),
				rs.getString("code"), rs.getString("title_zh"), rs.getString("title_en"), rs.getString("description"),
				Audience.valueOf(rs.getString("audience")), Mode.valueOf(rs.getString("mode")), rs.getBigDecimal("credit_hours"),
				rs.getInt("position"), List.copyOf(competencies.getOrDefault(id, List.of())),
				List.copyOf(units.getOrDefault(id, List.of())));
	}

	private static Unit unit(ResultSet rs, List<Question> questions) throws SQLException {
		return new Unit(rs.getObject("id", UUID.class), rs.getObject("key", UUID.class), UnitKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getString("body"), rs.getString("url"), rs.getInt("min_seconds"),
				rs.getInt("duration_minutes"), rs.getObject("pass_mark", Integer.class), rs.getInt("position"),
				List.copyOf(questions));
	}

	private Question question(ResultSet rs) throws SQLException {
		return new Question(rs.getObject("id", UUID.class), rs.getObject("key", UUID.class), rs.getString("prompt"),
				QuestionKind.valueOf(rs.getString("kind")), json.readValue(rs.getString("options"), TEXTS),
				json.readValue(rs.getString("correct"), INDEXES), rs.getInt("points"), rs.getInt("position"));
	}
}
